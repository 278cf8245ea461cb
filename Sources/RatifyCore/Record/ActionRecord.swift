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

    /// A hypothetical action (`--assume`), not a recorded one.
    public var isAssumed: Bool { provenance == .assumption }

    /// The identity the import uses to skip what is already recorded.
    public var key: ActionKey { ActionKey(participant: participant, kind: kind, date: date) }

    /// Same-day actions sort in the order a treaty sees them: a signature
    /// before the ratification that confirms it, a denunciation last.
    public static func chronological(_ a: ActionRecord, _ b: ActionRecord) -> Bool {
        (a.date, a.kind, a.participant) < (b.date, b.kind, b.participant)
    }
}
