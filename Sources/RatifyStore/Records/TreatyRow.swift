import GRDB

/// A row of `treaty`.
struct TreatyRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "treaty"
    var id: String
    var addedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case addedAt = "added_at"
    }
}
