import GRDB

/// A row of `alert`: an event worth telling, created once per treaty, kind and key.
struct AlertRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "alert"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var treatyId: String
    var kind: String
    var eventKey: String
    var date: String
    var message: String
    var payload: String
    var createdAt: String

    enum Columns {
        static let treatyId = Column("treaty_id")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
