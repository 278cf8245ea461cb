import GRDB

/// A row of `correction`: action `actionID` replaces action `supersedes`,
/// which stays in the record, out of effect, with the reason.
struct CorrectionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "correction"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var actionId: Int64
    var supersedes: Int64
    var reason: String

    enum Columns {
        static let actionId = Column("action_id")
        static let supersedes = Column("supersedes")
    }
}
