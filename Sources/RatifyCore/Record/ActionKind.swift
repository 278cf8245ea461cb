/// What a participant did, in the contract's words.
public enum ActionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case signature, ratification, acceptance, approval, accession, succession, denunciation

    /// "an approval", "a ratification": for messages.
    public var withArticle: String {
        switch self {
        case .acceptance, .approval, .accession: "an \(rawValue)"
        case .signature, .ratification, .succession, .denunciation: "a \(rawValue)"
        }
    }

    /// Ratification, acceptance, approval, accession and succession express
    /// consent to be bound; they are what the threshold counts.
    public var isConsent: Bool {
        switch self {
        case .ratification, .acceptance, .approval, .accession, .succession: true
        case .signature, .denunciation: false
        }
    }

    /// Ratification, acceptance and approval confirm an earlier signature;
    /// accession and succession need none.
    public var needsSignature: Bool {
        switch self {
        case .ratification, .acceptance, .approval: true
        default: false
        }
    }

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
        case .denunciation: 6
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
