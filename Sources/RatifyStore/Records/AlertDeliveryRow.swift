import GRDB

/// A row of `alert_delivery`: an alert claimed by one run, then delivered.
struct AlertDeliveryRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "alert_delivery"
    var id: Int64?
    var alertID: Int64
    var claimedBy: String
    var claimedAt: String
    var deliveredAt: String?
    var channels: String

    enum CodingKeys: String, CodingKey {
        case id, channels
        case alertID = "alert_id"
        case claimedBy = "claimed_by"
        case claimedAt = "claimed_at"
        case deliveredAt = "delivered_at"
    }
}
