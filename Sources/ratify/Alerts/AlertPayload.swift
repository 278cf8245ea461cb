import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
import RatifyReports
import RatifyStore

/// The JSON delivered for an alert: the contract's `kind`, `treaty`,
/// `date`, `message`, and more.
enum AlertPayload {
    struct Body: Encodable {
        var kind: String, treaty: String, date: String, message: String, key: String, title: String, as_of: String
        var counted: Int, threshold: Int, remaining: Int
        @NullEncoded var threshold_reached_on: String?
        @NullEncoded var entry_into_force: String?
    }

    static func json(for event: AlertEvent, status: TreatyStatus) throws -> String {
        let body = Body(kind: event.kind.rawValue, treaty: event.treaty, date: event.date.description, message: event.message,
                        key: event.key, title: status.title, as_of: status.asOf.description, counted: status.counted,
                        threshold: status.threshold, remaining: status.remaining,
                        threshold_reached_on: status.thresholdReachedOn?.description, entry_into_force: status.entryIntoForce?.description)
        return String(try JSONOutput.string(body, pretty: false).dropLast())
    }
}
