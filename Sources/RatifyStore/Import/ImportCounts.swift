import GRDB
import GRDBSQLite
import RatifyCore

/// What a streamed import did, or would do in a dry run.
public struct ImportCounts: Sendable {
    public var added = 0
    public var unchanged = 0
    /// Rows equal to an action in effect but for a reference or note the
    /// record lacks: each recorded as a correction that adds it.
    public var corrected = 0
    /// The rows added, kept only when asked (a dry run lists them).
    public var addedActions: [PendingAction] = []
    /// The corrections, kept only when asked.
    public var correctedActions: [PendingCorrection] = []
}
