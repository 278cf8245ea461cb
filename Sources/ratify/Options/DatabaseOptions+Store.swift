import Foundation
import RatifyCore
import RatifyStore

extension DatabaseOptions {
    /// Opens the existing database; a missing one is exit 66 naming `ratify init`.
    func openStore() throws -> Store {
        try Store.open(at: resolvedPath, now: Clock.now, busyTimeout: try busyTimeout())
    }

    /// For commands that only read: no writer is opened.
    func openStoreForReading() throws -> Store {
        try Store.open(at: resolvedPath, now: Clock.now, busyTimeout: try busyTimeout(), readOnly: true)
    }

    static let busyTimeoutVariable = "RATIFY_BUSY_TIMEOUT"

    /// Seconds a writer waits for another: `$RATIFY_BUSY_TIMEOUT`, else 10;
    /// a value that is not a number of seconds in range is refused (64).
    func busyTimeout() throws -> TimeInterval {
        guard let text = ProcessInfo.processInfo.environment[Self.busyTimeoutVariable], !text.isEmpty else {
            return Store.defaultBusyTimeout
        }
        guard let seconds = Timeout.seconds(text, zeroAllowed: true) else {
            throw CommandError.badEnvironment(name: Self.busyTimeoutVariable, value: text, expected: Timeout.expected(zeroAllowed: true))
        }
        return seconds
    }
}
