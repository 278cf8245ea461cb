import GRDB

/// A row of `alert_delivery`: an alert claimed by one run, then delivered.
struct AlertDeliveryRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "alert_delivery"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var alertId: Int64
    var claimedBy: String
    var claimedAt: String
    var deliveredAt: String?
    var channels: String
    /// The claiming run's lock (`AlertClaimant.token`); nil once the claim ends.
    var claimLock: Int64?

    enum Columns {
        static let alertId = Column("alert_id")
    }
}
