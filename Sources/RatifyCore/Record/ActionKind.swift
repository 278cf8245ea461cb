/// What a participant did, in the contract's words. The contract's seven
/// names are fixed; the depositary's tables add three (additive, never
/// renamed): `consent-to-be-bound`, `provisional-application` and
/// `application`.
public enum ActionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case signature, ratification, acceptance, approval, accession, succession
    /// Consent to be bound expressed by a means the depositary names without
    /// one of the five instruments ("any other means if so agreed", VCLT art.
    /// 11): "Consent to be bound(P)" of the CCW protocols, "Participation",
    /// "Simplified procedure", a confirmation of a signature ad referendum.
    /// An instrument of consent: it counts.
    case consentToBeBound = "consent-to-be-bound"
    /// A declaration or undertaking to apply the treaty provisionally
    /// (suffix `n`). Not an instrument of consent: it never counts.
    case provisionalApplication = "provisional-application"
    /// A State applying a convention to an annex (the Specialized Agencies
    /// Convention's annexes, one agency each). Not an instrument of consent.
    case application
    case denunciation

    /// "an approval", "a ratification": for messages.
    public var withArticle: String {
        switch self {
        case .acceptance, .approval, .accession, .application: "an \(rawValue)"
        case .signature, .ratification, .succession, .consentToBeBound, .provisionalApplication, .denunciation: "a \(rawValue)"
        }
    }

    /// Ratification, acceptance, approval, accession, succession and consent
    /// to be bound express consent to be bound; they are what the threshold
    /// counts. Provisional application and application do not.
    public var isConsent: Bool {
        switch self {
        case .ratification, .acceptance, .approval, .accession, .succession, .consentToBeBound: true
        case .signature, .provisionalApplication, .application, .denunciation: false
        }
    }

    /// The contract's default: ratification, acceptance and approval confirm
    /// an earlier signature; accession and succession need none. A treaty
    /// definition may say otherwise (`consent_needs_signature`).
    public static let needingSignatureByDefault: Set<ActionKind> = [.ratification, .acceptance, .approval]

    /// The position in declaration order, which is the order same-day
    /// actions take effect in. Spelled out: `allCases` builds an array on
    /// every call, and sorting a record compares kinds many times.
    public var rank: Int {
        switch self {
        case .signature: 0
        case .ratification: 1
        case .acceptance: 2
        case .approval: 3
        case .accession: 4
        case .succession: 5
        case .consentToBeBound: 6
        case .provisionalApplication: 7
        case .application: 8
        case .denunciation: 9
        }
    }

    /// Every kind, indexed by `rank`.
    public static let byRank: [ActionKind] = allCases.sorted()

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// Parses an action name in any case; the error lists the valid names.
    public static func parse(_ text: String) throws(ActionError) -> ActionKind {
        guard let kind = ActionKind(rawValue: text.lowercased()) else { throw ActionError(text: text) }
        return kind
    }
}
