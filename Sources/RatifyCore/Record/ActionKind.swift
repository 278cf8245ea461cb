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

public struct ActionError: RatifyError, Equatable, Sendable {
    public let text: String
    public var exitStatus: ExitStatus { .badData }
    public var description: String {
        "unknown action '\(text)': expected one of "
            + ActionKind.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

/// Where a record came from: the command line, or a line of an imported file.
public struct Provenance: Hashable, Sendable {
    public var source: String
    public var line: Int?

    public init(source: String, line: Int? = nil) {
        self.source = source
        self.line = line
    }

    public static let commandLine = Provenance(source: "command line")

    /// `FILE:LINE`, the form every diagnostic about a file row uses.
    public var location: String { line.map { "\(source):\($0)" } ?? source }
}

/// One action in effect: recorded and neither voided nor superseded, or
/// about to be recorded.
public struct ActionRecord: Hashable, Sendable {
    /// The store's row id; nil for an action not yet recorded.
    public var id: Int64?
    public var participant: String
    public var kind: ActionKind
    public var date: CivilDate
    public var reference: String?
    public var note: String?
    public var provenance: Provenance

    public init(
        id: Int64? = nil, participant: String, kind: ActionKind, date: CivilDate,
        reference: String? = nil, note: String? = nil, provenance: Provenance = .commandLine
    ) {
        self.id = id
        self.participant = participant
        self.kind = kind
        self.date = date
        self.reference = reference
        self.note = note
        self.provenance = provenance
    }

    /// The identity the import uses to skip what is already recorded.
    public var key: ActionKey { ActionKey(participant: participant, kind: kind, date: date) }

    /// Same-day actions sort in the order a treaty sees them: a signature
    /// before the ratification that confirms it, a denunciation last.
    public static func chronological(_ a: ActionRecord, _ b: ActionRecord) -> Bool {
        (a.date, a.kind, a.participant) < (b.date, b.kind, b.participant)
    }
}

public struct ActionKey: Hashable, Sendable {
    public var participant: String
    public var kind: ActionKind
    public var date: CivilDate
}

/// An action to record, and the treaty it belongs to.
public struct PendingAction: Hashable, Sendable {
    public var treaty: String
    public var action: ActionRecord

    public init(treaty: String, action: ActionRecord) {
        self.treaty = treaty
        self.action = action
    }
}

/// A recorded action to be replaced by a corrected one, with the reason.
public struct PendingCorrection: Hashable, Sendable {
    public var treaty: String
    public var supersedes: Int64
    public var replacement: ActionRecord
    public var reason: String

    public init(treaty: String, supersedes: Int64, replacement: ActionRecord, reason: String) {
        self.treaty = treaty
        self.supersedes = supersedes
        self.replacement = replacement
        self.reason = reason
    }
}
