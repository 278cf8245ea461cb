import GRDB
import RatifyCore

/// A previous report run: when, for which date and channel, and the last
/// action and voiding it had seen.
public struct ReportRun: Sendable, Equatable {
    public var ranAt: String
    public var asOf: CivilDate
    /// Nil for a run from before channels (every channel's previous run until it has its own).
    public var channel: String?
    public var lastActionID: Int64
    public var lastVoidingID: Int64
}
