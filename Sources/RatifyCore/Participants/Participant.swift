/// A participant in treaties as the depositary records it: a State, a
/// regional economic integration organization, another international
/// organization, a territory or a former State, as the built-in reference
/// data knows it.
public struct Participant: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-3 code; ISO 3166-3 for a former State or territory;
    /// for an organization, or a former State ISO 3166-3 lacks, a code from
    /// ISO's user-assigned ranges (`X..`, `Q..`; `EUU` for the European Union).
    public let code: String
    /// The name the UN depositary uses ("Viet Nam", "Türkiye").
    public let name: String
    public let kind: Kind
    public let group: RegionalGroup
    /// Other names users type ("Vietnam", "Turkey"); searched, never printed.
    public let aliases: [String]
    /// Names in the languages other than English the reference data carries.
    public let localizedNames: [Language: String]

    /// Without a `kind`, a participant in the REIO group is an REIO and any
    /// other a State (as before kinds existed).
    public init(
        code: String, name: String, kind: Kind? = nil, group: RegionalGroup,
        aliases: [String] = [], localizedNames: [Language: String] = [:]
    ) {
        self.code = code
        self.name = name
        self.kind = kind ?? (group == .reio ? .reio : .state)
        self.group = group
        self.aliases = aliases
        self.localizedNames = localizedNames
    }

    /// Regional economic integration organizations are counted differently
    /// by many treaties (the "not additional" clause).
    public var isREIO: Bool { kind == .reio }

    /// The name to print in `language`: the depositary's for English, else
    /// the reference data's translation, else (none known) the depositary's.
    public func localizedName(_ language: Language) -> String {
        language == .english ? name : localizedNames[language] ?? name
    }
}
