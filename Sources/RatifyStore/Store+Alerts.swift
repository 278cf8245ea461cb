import Foundation
import GRDB
import RatifyCore

extension Store {
    static let alertConfigKey = "alerts"

    public func alertConfig() throws -> AlertConfig {
        try read { db in try self.alertConfig(db) }
    }

    func alertConfig(_ db: Database) throws -> AlertConfig {
        guard let json = try SettingRow.fetchOne(db, key: Store.alertConfigKey)?.value else { return AlertConfig() }
        return try JSONDecoder().decode(AlertConfig.self, from: Data(json.utf8))
    }

    /// Changes the configuration inside one write; enabling `instrument`
    /// starts it after the actions already on record.
    public func updateAlertConfig(_ change: (inout AlertConfig) -> Void) throws -> AlertConfig {
        try write { db in
            var config = try self.alertConfig(db)
            let hadInstrument = config.enabled.contains(.instrument)
            change(&config)
            if config.enabled.contains(.instrument) && !hadInstrument {
                config.instrumentsAfterActionID = try self.lastActionID(in: db)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try SettingRow(key: Store.alertConfigKey, value: String(decoding: try encoder.encode(config), as: UTF8.self)).save(db)
            return config
        }
    }

    /// In one IMMEDIATE transaction: records the events not yet known (each
    /// once per treaty, kind and key), then claims every pending alert of the
    /// treaty for `claimant`. Overlapping runs serialise here, so no alert is
    /// claimed twice; a claim older than `staleAfter` (a run that died) is
    /// taken over.
    public func raiseAndClaim(
        _ events: [(event: AlertEvent, payload: String)], treaty: String, claimant: String, staleAfter: TimeInterval = 600
    ) throws -> [StoredAlert] {
        try write { db in
            let stamp = self.now()
            for (event, payload) in events {
                var row = AlertRow(
                    id: nil, treatyId: event.treaty, kind: event.kind.rawValue, eventKey: event.key,
                    date: event.date.description, message: event.message, payload: payload, createdAt: stamp)
                try row.insert(db, onConflict: .ignore)
            }
            let claimedAt = Store.realTime(Date())
            let staleBefore = Store.realTime(Date().addingTimeInterval(-staleAfter))
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, d.id AS delivery_id, d.channels AS delivered_channels FROM alert a
                    LEFT JOIN alert_delivery d ON d.alert_id = a.id
                    WHERE a.treaty_id = ? AND (d.id IS NULL OR (d.delivered_at IS NULL AND d.claimed_at < ?))
                    ORDER BY a.date, a.id
                    """, arguments: [treaty, staleBefore])
            return try rows.map { row in
                let alert = StoredAlert(row: row)
                if let deliveryID: Int64 = row["delivery_id"] {
                    try db.execute(
                        sql: "UPDATE alert_delivery SET claimed_by = ?, claimed_at = ? WHERE id = ?",
                        arguments: [claimant, claimedAt, deliveryID])
                } else {
                    try AlertDeliveryRow(
                        id: nil, alertId: alert.id, claimedBy: claimant, claimedAt: claimedAt, deliveredAt: nil, channels: "[]"
                    ).insert(db)
                }
                return alert
            }
        }
    }

    /// Records the outcome of a claimed delivery: the channels it reached,
    /// and whether it is complete. An incomplete one is released at once, so
    /// the next run retries the remaining channels.
    public func finishDelivery(alertID: Int64, channels: Set<String>, complete: Bool) throws {
        try write { db in
            let encoded = String(decoding: try JSONEncoder().encode(channels.sorted()), as: UTF8.self)
            let stamp = Store.realTime(Date())
            try db.execute(
                sql: "UPDATE alert_delivery SET channels = ?, delivered_at = ?, claimed_at = ? WHERE alert_id = ?",
                arguments: [encoded, complete ? stamp : nil, complete ? stamp : "0000-00-00T00:00:00Z", alertID])
        }
    }

    /// Alerts of a treaty and whether each was delivered, for `alert list`.
    public func alerts(treaty: String) throws -> [(alert: StoredAlert, deliveredAt: String?)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, d.delivered_at, d.channels AS delivered_channels FROM alert a LEFT JOIN alert_delivery d ON d.alert_id = a.id
                    WHERE a.treaty_id = ? ORDER BY a.date, a.id
                    """, arguments: [treaty]
            ).map { row in (StoredAlert(row: row), row["delivered_at"]) }
        }
    }

    /// Wall-clock time for claims, never `RATIFY_NOW`: staleness must be real.
    static func realTime(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
