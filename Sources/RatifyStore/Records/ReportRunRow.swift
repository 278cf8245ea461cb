import GRDB

/// A row of `report_run`: when a report ran, for which channel, and the last
/// action and voiding it had seen.
struct ReportRunRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "report_run"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var treatyId: String
    var asOf: String
    var lastActionId: Int64
    var runAt: String
    /// Nil only for runs from before channels (migration v3).
    var channel: String?
    var lastVoidingId: Int64

    enum Columns {
        static let id = Column("id")
        static let treatyId = Column("treaty_id")
        static let channel = Column("channel")
    }
}
