import Foundation
import RatifyCore
import RatifyStore

extension DatabaseOptions {
    /// Opens the existing database; a missing one is exit 66 naming `ratify init`.
    func openStore() throws -> Store {
        try Store.open(at: resolvedPath, now: Clock.now, busyTimeout: busyTimeout)
    }

    /// For commands that only read: no writer is opened.
    func openStoreForReading() throws -> Store {
        try Store.open(at: resolvedPath, now: Clock.now, busyTimeout: busyTimeout, readOnly: true)
    }

    /// Seconds a writer waits for another: `$RATIFY_BUSY_TIMEOUT`, else 10.
    var busyTimeout: TimeInterval {
        ProcessInfo.processInfo.environment["RATIFY_BUSY_TIMEOUT"].flatMap(TimeInterval.init).map { max(0, $0) }
            ?? Store.defaultBusyTimeout
    }
}
