import GRDB
import GRDBSQLite
import RatifyCore

/// What a streamed import did, or would do in a dry run.
public struct ImportCounts: Sendable {
    public var added = 0
    public var unchanged = 0
    /// The rows added, kept only when asked (a dry run lists them).
    public var addedActions: [PendingAction] = []
}
