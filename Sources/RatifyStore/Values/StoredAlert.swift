import Foundation
import GRDB
import RatifyCore

/// An alert as stored: the event, the JSON delivered for it, and the
/// channels it already reached (on a partial failure, a retry skips them).
public struct StoredAlert: Sendable, Equatable {
    public var id: Int64
    public var kind: String
    public var treaty: String
    public var key: String
    public var date: String
    public var message: String
    public var payload: String
    public var deliveredChannels: Set<String>

    /// The event's stable identity (`AlertEvent.alertID`), `TREATY/KIND/KEY`.
    public var alertID: String { "\(treaty)/\(kind)/\(key)" }
}

extension StoredAlert {
    /// An `alert` row joined with its delivery's `channels AS delivered_channels`.
    init(row: Row) {
        let channels: String = row["delivered_channels"] ?? "[]"
        self.init(
            id: row["id"], kind: row["kind"], treaty: row["treaty_id"], key: row["event_key"], date: row["date"],
            message: row["message"], payload: row["payload"],
            deliveredChannels: Set((try? JSONDecoder().decode([String].self, from: Data(channels.utf8))) ?? []))
    }
}
