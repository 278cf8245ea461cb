import Foundation
import GRDB
import RatifyCore

extension Store {
    /// SQLite's online backup, through GRDB: a consistent copy taken while
    /// other processes keep reading and writing. The destination must not exist.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.backupExists(path: destination)
        }
        let folder = (destination as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError.io(path: destination, detail: "the folder \(folder) does not exist")
        }
        do {
            let target = try DatabaseQueue(path: destination)
            try reader.backup(to: target)
            try target.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw Store.storeError(from: error, path: destination, busyTimeout: busyTimeout)
        }
    }
}
