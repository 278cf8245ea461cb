import GRDB

/// A row of `report_run`: when a report ran and the last action it had seen.
struct ReportRunRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "report_run"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var treatyId: String
    var asOf: String
    var lastActionId: Int64
    var runAt: String

    enum Columns {
        static let id = Column("id")
        static let treatyId = Column("treaty_id")
    }
}
