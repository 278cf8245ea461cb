import Foundation
import GRDB
import RatifyCore

extension Store {
    /// Maps SQLite's errors onto the store's, which map onto exit codes;
    /// the store's and the core's own errors pass through unchanged.
    static func translate(_ error: any Error, path: String, busyTimeout: TimeInterval) -> any Error {
        guard error is DatabaseError else { return error }
        return storeError(from: error, path: path, busyTimeout: busyTimeout)
    }

    static func storeError(from error: any Error, path: String, busyTimeout: TimeInterval) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .io(path: path, detail: String(describing: error)) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path, seconds: busyTimeout)
        case .SQLITE_NOTADB:
            return .notADatabase(path: path, detail: "the file is not a SQLite database")
        case .SQLITE_CORRUPT:
            return .notADatabase(path: path, detail: "the database file is damaged; restore it from a backup")
        case .SQLITE_READONLY:
            return .io(path: path, detail: "the database is read-only (check the permissions of the file and its folder)")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .io(path: path, detail: "cannot open the file (check that its folder exists and is writable)")
        case .SQLITE_FULL, .SQLITE_IOERR:
            return .io(path: path, detail: error.message ?? "disk I/O error")
        case .SQLITE_CONSTRAINT:
            return .refusedByDatabase(error.message ?? "a constraint failed")
        default:
            return .io(path: path, detail: error.message ?? String(describing: error))
        }
    }
}
