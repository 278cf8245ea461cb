import GRDB

/// A row of `voiding`: an action taken out of effect, with the reason.
struct VoidingRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "voiding"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var actionId: Int64
    var reason: String
    var recordedAt: String
    var source: String

    enum Columns {
        static let actionId = Column("action_id")
    }
}
