import Foundation

/// A treaty's final clauses as the rules engine needs them: when it enters
/// into force, for whom, and what a signature or denunciation may do.
/// The JSON form is fixed by docs/cli.md ("Treaty definitions").
public struct TreatyDefinition: Equatable, Sendable {
    public var id: String
    public var title: String
    /// All must hold at once for the threshold to be reached.
    public var conditions: [Condition]
    /// Whether an REIO's instrument counts in addition to its member States'.
    public var reioCounts: Bool
    public var entryIntoForce: [Step]
    /// Steps from a later participant's own deposit; nil means the same steps
    /// as `entryIntoForce`.
    public var laterParties: [Step]?
    public var laterPartiesNotBeforeEIF: Bool
    public var signatureOpens: CivilDate?
    public var signatureCloses: CivilDate?
    public var denunciation: [Step]
    public var groups: [String: [String]]
    public var weights: [String: [String: Double]]
    /// Free text: where the clauses come from.
    public var description: String?
    /// True when the file used the `threshold` shorthand; kept to write it back the same way.
    public var usesThresholdShorthand: Bool
    /// The title in other languages, by BCP 47 tag (`"vi"`), for the reports in them.
    public var titles: [String: String] = [:]

    /// The title in a language (a BCP 47 tag), else the definition's own.
    public func title(in language: String) -> String { titles[language] ?? title }

    /// The instruments that need the participant's signature on or before
    /// the deposit, as the definition gives them (`consent_needs_signature`);
    /// nil when it does not, which means the contract's default.
    public var consentNeedsSignature: Set<ActionKind>? = nil

    public enum Condition: Equatable, Sendable {
        /// At least `count` counted instruments, from members of `group` when given.
        case count(Int, group: String?)
        /// Counted parties' weights / the table's total ≥ `share`.
        case share(Double, weight: String)
    }

    /// The N of the first count condition: what `status` reports as the threshold.
    public var threshold: Int {
        for case .count(let n, _) in conditions { return n }
        return 0
    }

    public var laterPartySteps: [Step] { laterParties ?? entryIntoForce }

    /// The instruments that need a prior signature: ratification, acceptance
    /// and approval unless the definition says otherwise (`[]` for an
    /// amendment, which is accepted without being signed).
    public var kindsNeedingSignature: Set<ActionKind> { consentNeedsSignature ?? ActionKind.needingSignatureByDefault }

    public static let defaultDenunciation: [Step] = [.years(1)]
}
