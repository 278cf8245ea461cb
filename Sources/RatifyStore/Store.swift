import Foundation
import GRDB
import RatifyCore

/// The ratify database: one `DatabasePool` (WAL) per process, a busy
/// timeout so that cron and a person can write together, and every write in
/// one IMMEDIATE transaction.
public final class Store: Sendable {
    public let path: String
    /// The writer: one `DatabasePool` (WAL) per process. Nil for a store
    /// opened read-only, which reads through `reader` alone.
    let writerPool: DatabasePool?
    let reader: any DatabaseReader
    let now: @Sendable () -> String
    public let directory: ParticipantDirectory

    /// How long a writer waits for another before giving up with `busy`.
    public static let defaultBusyTimeout: TimeInterval = 10
    let busyTimeout: TimeInterval

    init(
        path: String, writer: DatabasePool?, reader: any DatabaseReader, now: @escaping @Sendable () -> String,
        directory: ParticipantDirectory, busyTimeout: TimeInterval
    ) {
        self.path = path
        self.writerPool = writer
        self.reader = reader
        self.now = now
        self.directory = directory
        self.busyTimeout = busyTimeout
    }

    /// The UTC time, ISO 8601, for `recorded_at` columns.
    public static let systemClock: @Sendable () -> String = {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }

    /// Closes the database; the last connection checkpoints the WAL into the main file.
    public func close() {
        if let writerPool {
            // Readers first: the last connection to close checkpoints the
            // WAL into the main file and deletes it, and a read-only reader
            // cannot. Left behind, the -wal would hold the latest writes, so
            // a plain copy of the database file would miss them.
            writerPool.releaseMemory()
            try? writerPool.close()
        } else {
            try? (reader as? DatabaseQueue)?.close()
        }
    }

    var writer: DatabasePool {
        guard let writerPool else { preconditionFailure("a store opened read-only was asked to write") }
        return writerPool
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken
    /// first, so the checks inside see the record no other writer can change.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writeOrRollBack(commit: true, body)
    }

    /// Like `write`, rolling back instead of committing when `commit` is false (dry runs).
    func writeOrRollBack<T>(commit: Bool, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return commit ? .commit : .rollback
                }
                return result!
            }
        } catch {
            throw Store.translate(error, path: path, busyTimeout: busyTimeout)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try reader.read(body) } catch { throw Store.translate(error, path: path, busyTimeout: busyTimeout) }
    }
}
