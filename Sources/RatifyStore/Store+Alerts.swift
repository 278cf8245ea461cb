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

    /// A claimant for this run: a byte of the lock file beside the database,
    /// locked until the run ends or `release`s it.
    public func alertClaimant(label: String) throws -> AlertClaimant {
        let lockFile = try LockFile(beside: path)
        for _ in 0..<64 {
            let token = Int64.random(in: (1 << 32)..<(1 << 62))
            if try lockFile.tryLock(token) { return AlertClaimant(lockFile: lockFile, token: token, label: label) }
        }
        throw StoreError.io(path: lockFile.path, detail: "no free byte to lock in the lock file")
    }

    /// In one IMMEDIATE transaction: records the events not yet known (each
    /// once per treaty, kind and key), then claims for `claimant` every
    /// alert of the treaty that is neither delivered nor claimed by a run
    /// that is still alive. Overlapping runs serialise here, so no alert is
    /// claimed by two live runs; a dead run's claims are taken over at once.
    public func raiseAndClaim(
        _ events: [(event: AlertEvent, payload: String)], treaty: String, claimant: AlertClaimant
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
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, d.id AS delivery_id, d.channels AS delivered_channels, d.claim_lock FROM alert a
                    LEFT JOIN alert_delivery d ON d.alert_id = a.id
                    WHERE a.treaty_id = ? AND d.delivered_at IS NULL
                    ORDER BY a.date, a.id
                    """, arguments: [treaty])
            return try rows.compactMap { row in
                if let holder: Int64 = row["claim_lock"], claimant.holdsClaim(holder) { return nil }
                let alert = StoredAlert(row: row)
                if let deliveryID: Int64 = row["delivery_id"] {
                    try db.execute(
                        sql: "UPDATE alert_delivery SET claimed_by = ?, claimed_at = ?, claim_lock = ? WHERE id = ?",
                        arguments: [claimant.label, claimedAt, claimant.token, deliveryID])
                } else {
                    try AlertDeliveryRow(
                        id: nil, alertId: alert.id, claimedBy: claimant.label, claimedAt: claimedAt, deliveredAt: nil, channels: "[]",
                        claimLock: claimant.token
                    ).insert(db)
                }
                return alert
            }
        }
    }

    /// Records the outcome of a claimed delivery: the channels it reached,
    /// and whether it is complete; either way the claim ends, so the next
    /// run retries an incomplete one's remaining channels. Checks that the
    /// claim is still this run's (`claimLost` if not: nothing is written).
    public func finishDelivery(_ alert: StoredAlert, channels: Set<String>, complete: Bool, claimant: AlertClaimant) throws {
        try write { db in
            let encoded = String(decoding: try JSONEncoder().encode(channels.sorted()), as: UTF8.self)
            try db.execute(
                sql: """
                    UPDATE alert_delivery SET channels = ?, delivered_at = ?, claim_lock = NULL
                    WHERE alert_id = ? AND claim_lock = ? AND delivered_at IS NULL
                    """,
                arguments: [encoded, complete ? Store.realTime(Date()) : nil, alert.id, claimant.token])
            if db.changesCount != 1 { throw StoreError.claimLost(alert: alert.alertID) }
        }
    }

    /// Ends this run's claims on the alerts it did not finish (a failed
    /// write to stdout stops a run early), so that the next run takes them at once.
    public func releaseClaims(of claimant: AlertClaimant) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE alert_delivery SET claim_lock = NULL WHERE claim_lock = ? AND delivered_at IS NULL",
                arguments: [claimant.token])
        }
    }

    /// The ids (`AlertEvent.alertID`) of a treaty's alerts already delivered.
    public func deliveredAlertIDs(treaty: String) throws -> Set<String> {
        try read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT a.treaty_id || '/' || a.kind || '/' || a.event_key FROM alert a JOIN alert_delivery d ON d.alert_id = a.id
                        WHERE a.treaty_id = ? AND d.delivered_at IS NOT NULL
                        """, arguments: [treaty]))
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
