import GRDB

/// A row of `report_run`: when a report ran and the last action it had seen.
struct ReportRunRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "report_run"
    var id: Int64?
    var treatyID: String
    var asOf: String
    var lastActionID: Int64
    var runAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case treatyID = "treaty_id"
        case asOf = "as_of"
        case lastActionID = "last_action_id"
        case runAt = "run_at"
    }
}
