import Foundation

/// Seconds ratify waits: `alert --timeout` (a delivery) and
/// `RATIFY_BUSY_TIMEOUT` (a write waiting for another). Anything but a
/// finite number in range is a usage error (64), never a crash, an endless
/// wait, or a silent default.
enum Timeout {
    /// A day: longer than anything cron runs needs, and far inside what
    /// SQLite and poll(2) count (2^31 milliseconds).
    static let maximum: TimeInterval = 86_400

    /// `text` as seconds if it is a finite number from 0 (above 0 unless
    /// `zeroAllowed`) to `maximum`.
    static func seconds(_ text: String, zeroAllowed: Bool) -> TimeInterval? {
        guard let value = Double(text), isValid(value, zeroAllowed: zeroAllowed) else { return nil }
        return value
    }

    static func isValid(_ value: Double, zeroAllowed: Bool) -> Bool {
        value.isFinite && value <= maximum && (zeroAllowed ? value >= 0 : value > 0)
    }

    /// What a value must be, for the message that refuses it.
    static func expected(zeroAllowed: Bool) -> String {
        "expected a number of seconds \(zeroAllowed ? "from 0" : "above 0") up to \(Int(maximum)) (a day), e.g. 30 or 2.5"
    }

    /// `30 seconds`, `2.5 seconds`, `1 second`.
    static func describe(_ seconds: TimeInterval) -> String {
        let number = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return number + (seconds == 1 ? " second" : " seconds")
    }
}
