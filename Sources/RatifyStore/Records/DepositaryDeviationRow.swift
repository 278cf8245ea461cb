import GRDB

/// A row of `depositary_deviation`: action `actionId`, from a depositary
/// table, breaks `rule` and was recorded anyway; `message` is what the rule
/// said then.
struct DepositaryDeviationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "depositary_deviation"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var actionId: Int64
    var rule: String
    var message: String

    enum Columns {
        static let actionId = Column("action_id")
    }
}
