/// A State or a regional economic integration organization that can take
/// treaty actions, as the built-in reference data knows it.
public struct Participant: Hashable, Sendable, Codable {
    /// ISO 3166-1 alpha-3 code (`EUU` for the European Union).
    public let code: String
    /// The name the UN depositary uses ("Viet Nam", "Türkiye").
    public let name: String
    public let group: RegionalGroup
    /// Other names users type ("Vietnam", "Turkey"); searched, never printed.
    public let aliases: [String]

    public init(code: String, name: String, group: RegionalGroup, aliases: [String] = []) {
        self.code = code
        self.name = name
        self.group = group
        self.aliases = aliases
    }

    /// Regional economic integration organizations are counted differently
    /// by many treaties (the "not additional" clause).
    public var isREIO: Bool { group == .reio }
}

/// The United Nations regional groups, plus the two kinds of participant
/// that belong to none.
public enum RegionalGroup: String, Sendable, Codable, CaseIterable, Comparable {
    case african = "African"
    case asiaPacific = "Asia-Pacific"
    case easternEuropean = "Eastern European"
    case latinAmericanAndCaribbean = "Latin American and Caribbean"
    case westernEuropeanAndOthers = "Western European and others"
    /// A regional economic integration organization (the European Union).
    case reio = "REIO"
    /// Observer States and States outside the UN that sit in no group
    /// (Holy See, Cook Islands, Niue).
    case none = "None"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
