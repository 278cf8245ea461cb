import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

/// The JSON delivered for an alert: the contract's `kind`, `treaty`,
/// `date`, `message`, and more.
enum AlertPayload {
    struct Body: Encodable {
        enum CodingKeys: String, CodingKey {
            case id, kind, treaty, date, message, key, title, counted, threshold, remaining
            case asOf = "as_of"
            case thresholdReachedOn = "threshold_reached_on"
            case entryIntoForce = "entry_into_force"
        }

        /// Stable for the alert (`AlertEvent.alertID`): a receiver drops a repeat by it.
        var id: String
        var kind: String, treaty: String, date: String, message: String, key: String, title: String, asOf: String
        var counted: Int, threshold: Int, remaining: Int
        @NullEncoded var thresholdReachedOn: String?
        @NullEncoded var entryIntoForce: String?
    }

    static func json(for event: AlertEvent, status: TreatyStatus) throws -> String {
        let body = Body(
            id: event.alertID, kind: event.kind.rawValue, treaty: event.treaty, date: event.date.description, message: event.message,
            key: event.key, title: status.title, asOf: status.asOf.description, counted: status.counted,
            threshold: status.threshold, remaining: status.remaining,
            thresholdReachedOn: status.thresholdReachedOn?.description, entryIntoForce: status.entryIntoForce?.description)
        return String(try JSONOutput.string(body, pretty: false).dropLast())
    }
}
