import GRDB
import RatifyCore

/// A previous report run: when, and the last action it had seen.
public struct ReportRun: Sendable, Equatable {
    public var ranAt: String
    public var lastActionID: Int64
}
