import RatifyCore

/// Everything the daily report reads, from one snapshot: the treaty, its
/// actions in effect, the previous report run, and what was recorded since.
public struct ReportSnapshot: Sendable {
    public let record: TreatyRecord
    /// The highest action id, to remember with this run.
    public let lastActionID: Int64
    public let previousRun: ReportRun?
    /// Every action row recorded after the previous run (all of them for a
    /// first report), corrections included, with what each corrects.
    public let recordedSince: [RecordedAction]

    public struct RecordedAction: Sendable {
        public let action: ActionRecord
        public let corrects: Int64?
        public let reason: String?
    }
}
