import GRDB

/// A row of `treaty`.
struct TreatyRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "treaty"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var addedAt: String
}
