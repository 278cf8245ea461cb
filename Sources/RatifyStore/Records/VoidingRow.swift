import GRDB

/// A row of `voiding`: an action taken out of effect, with the reason.
struct VoidingRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "voiding"
    var id: Int64?
    var actionID: Int64
    var reason: String
    var recordedAt: String
    var source: String

    enum CodingKeys: String, CodingKey {
        case id, reason, source
        case actionID = "action_id"
        case recordedAt = "recorded_at"
    }
}
