import GRDB
import GRDBSQLite
import RatifyCore

/// A row on its way from the review to the writer.
struct ReviewedRow: Sendable {
    var pending: PendingAction
    /// The writer skips it if equal to an action in effect, and checks its
    /// treaty from the database at the end: the review has let go of it.
    var checkedHere: Bool
}
