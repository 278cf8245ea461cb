import Foundation
import GRDB
import GRDBSQLite
import RatifyCore

extension Store {
    /// SQLite's online backup, through GRDB: a consistent copy taken while
    /// other processes keep reading and writing. The destination must not
    /// exist. The copy is written to `.NAME.partial-PID` beside it, without a
    /// journal, and linked into place only once complete: a backup killed or
    /// failed midway never leaves a file under the final name (a killed one
    /// leaves its partial file, which the next backup to that name deletes).
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.backupExists(path: destination)
        }
        let folder = ParentFolder.of(destination)
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError.backupCannotBeCreated(
                path: destination, reason: "the folder \(folder) does not exist; create it first, or give another path")
        }
        let name = (destination as NSString).lastPathComponent
        let partialPrefix = ".\(name).partial-"
        Self.removeAbandonedPartials(in: folder.isEmpty ? "." : folder, prefix: partialPrefix)
        let partial = (folder as NSString).appendingPathComponent(partialPrefix + String(getpid()))
        do {
            let target = try DatabaseQueue(path: partial)
            // Journal off: the partial file is thrown away on any failure, and leaves no -journal beside it.
            try target.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = OFF") }
            try reader.backup(to: target)
            try target.close()
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw Self.backupError(error, path: destination)
        }
        try Self.placeBackup(partial, at: destination)
    }

    /// Links the complete copy to its name, which fails rather than replace
    /// a file that appeared meanwhile, then drops the partial name.
    private static func placeBackup(_ partial: String, at destination: String) throws {
        defer { unlink(partial) }
        if link(partial, destination) == 0 { return }
        let linkError = errno
        if linkError == EEXIST { throw StoreError.backupExists(path: destination) }
        // A file system without hard links: rename, after one more look.
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EMLINK,
            !FileManager.default.fileExists(atPath: destination), rename(partial, destination) == 0
        else {
            throw StoreError.io(path: destination, detail: "cannot name the backup: \(String(cString: strerror(linkError)))")
        }
    }

    /// Partial files of backups whose process is gone (killed midway).
    private static func removeAbandonedPartials(in folder: String, prefix: String) {
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasPrefix(prefix) {
            guard let pid = pid_t(file.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
        }
    }

    /// SQLite's failure while writing the copy, in words: the destination's
    /// connection may have no message of its own ("not an error").
    private static func backupError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else { return .io(path: path, detail: String(describing: error)) }
        let detail =
            switch error.resultCode {
            case .SQLITE_FULL: "the disk is full"
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: "cannot write in its folder (check its permissions)"
            default: String(cString: sqlite3_errstr(error.extendedResultCode.rawValue))
            }
        return .io(path: path, detail: "cannot write the backup: \(detail); nothing was left at \(path)")
    }
}
