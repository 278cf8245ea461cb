import RatifyCore

/// Everything the daily report reads, from one snapshot: the treaty, its
/// actions in effect, the channel's previous report run, what was recorded
/// and voided since, and the record as that run saw it.
public struct ReportSnapshot: Sendable {
    public let record: TreatyRecord
    /// The highest action id, to remember with this run.
    public let lastActionID: Int64
    /// The highest voiding id, to remember with this run.
    public let lastVoidingID: Int64
    public let previousRun: ReportRun?
    /// Every action row recorded after the previous run (all of them for a
    /// first report), corrections included, with what each corrects and
    /// what became of it since.
    public let recordedSince: [RecordedAction]
    /// Every action voided after the previous run (however long ago it was
    /// recorded), with the reason.
    public let voidedSince: [VoidedAction]
    /// The actions in effect as the previous run saw them (empty without one).
    public let actionsAtPreviousRun: [ActionRecord]

    public struct RecordedAction: Sendable {
        public let action: ActionRecord
        public let corrects: Int64?
        public let reason: String?
        /// The correction that has replaced it since, if any.
        public let supersededBy: Int64?
        /// Why it was voided, if it has been.
        public let voidReason: String?
    }

    public struct VoidedAction: Sendable {
        public let action: ActionRecord
        public let reason: String
        public let recordedAt: String
    }
}
