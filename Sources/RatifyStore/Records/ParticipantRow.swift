import GRDB

/// A row of `participant`: the reference data copied into the database so
/// that foreign keys can hold the record to known codes.
struct ParticipantRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "participant"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var code: String
    var name: String
    var regionalGroup: String
}
