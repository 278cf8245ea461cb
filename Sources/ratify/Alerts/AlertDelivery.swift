import Foundation
import RatifyReports
import RatifyStore

/// Delivers the alerts one run has claimed: every channel it has not yet
/// reached, then the line on stdout when this run prints, then the outcome
/// recorded against the run's claim.
struct AlertDelivery {
    let store: Store
    let channels: [any AlertChannel]
    /// Stdout carries the alert: no other channel, or `--print`.
    let printing: Bool
    let json: Bool
    /// One line per failed channel; the run exits 75 with them.
    private(set) var failures: [String] = []

    init(store: Store, channels: [any AlertChannel], printing: Bool, json: Bool) {
        (self.store, self.channels, self.printing, self.json) = (store, channels, printing, json)
    }

    /// The stdout line of an alert: its JSON, or `DATE KIND: MESSAGE` with control characters escaped.
    static func line(kind: String, date: String, message: String, payload: String, json: Bool) -> String {
        json ? payload + "\n" : "\(date) \(kind): \(VisibleText.escape(message))\n"
    }

    /// Throws when stdout cannot be written (74): the alert then stays
    /// pending, with the channels it reached recorded.
    mutating func deliver(_ alert: StoredAlert, claimant: AlertClaimant) throws {
        var reached = alert.deliveredChannels
        var failed = false
        for channel in channels where !reached.contains(channel.name) {
            do {
                try channel.deliver(alert)
                reached.insert(channel.name)
            } catch {
                failed = true
                failures.append("alert \(alert.kind) for \(alert.treaty) (\(alert.date)): \(error)")
            }
        }
        // A failed alert is printed by the run that completes it.
        if printing && !failed {
            do {
                try Terminal.write(
                    Self.line(kind: alert.kind, date: alert.date, message: alert.message, payload: alert.payload, json: json),
                    consequence: "the alert \(alert.alertID) stays pending and the next run delivers it")
            } catch {
                try store.finishDelivery(alert, channels: reached, complete: false, claimant: claimant)
                throw error
            }
        }
        try store.finishDelivery(alert, channels: reached, complete: !failed, claimant: claimant)
    }
}
