import RatifyStore

/// One alert of `alert list --json`: its id (RATIFY_ALERT_ID), what it
/// says, and when it was delivered (null while pending).
struct ListedAlert: Encodable {
    var id, treaty, kind, key, date, message: String
    var deliveredAt: String?

    init(alert: StoredAlert, deliveredAt: String?) {
        (id, treaty, kind, key, date, message) = (alert.alertID, alert.treaty, alert.kind, alert.key, alert.date, alert.message)
        self.deliveredAt = deliveredAt
    }

    enum CodingKeys: String, CodingKey {
        case id, treaty, kind, key, date, message
        case deliveredAt = "delivered_at"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(treaty, forKey: .treaty)
        try c.encode(kind, forKey: .kind)
        try c.encode(key, forKey: .key)
        try c.encode(date, forKey: .date)
        try c.encode(message, forKey: .message)
        try c.encode(deliveredAt, forKey: .deliveredAt)
    }
}
