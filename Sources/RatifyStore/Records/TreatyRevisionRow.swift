import GRDB

/// A row of `treaty_revision`: one definition a treaty has had.
struct TreatyRevisionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "treaty_revision"
    var id: Int64?
    var treatyID: String
    var definition: String
    var recordedAt: String
    var source: String

    enum CodingKeys: String, CodingKey {
        case id, definition, source
        case treatyID = "treaty_id"
        case recordedAt = "recorded_at"
    }
}
