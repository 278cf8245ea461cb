import GRDB

/// A row of `correction`: action `actionID` replaces action `supersedes`,
/// which stays in the record, out of effect, with the reason.
struct CorrectionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "correction"
    var actionID: Int64
    var supersedes: Int64
    var reason: String

    enum CodingKeys: String, CodingKey {
        case supersedes, reason
        case actionID = "action_id"
    }
}
