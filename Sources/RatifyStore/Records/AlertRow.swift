import GRDB

/// A row of `alert`: an event worth telling, created once per treaty, kind and key.
struct AlertRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "alert"
    var id: Int64?
    var treatyID: String
    var kind: String
    var eventKey: String
    var date: String
    var message: String
    var payload: String
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, kind, date, message, payload
        case treatyID = "treaty_id"
        case eventKey = "event_key"
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
