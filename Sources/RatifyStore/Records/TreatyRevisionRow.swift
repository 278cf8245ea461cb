import GRDB

/// A row of `treaty_revision`: one definition a treaty has had.
struct TreatyRevisionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "treaty_revision"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var treatyId: String
    var definition: String
    var recordedAt: String
    var source: String

    enum Columns {
        static let id = Column("id")
        static let treatyId = Column("treaty_id")
    }
}
