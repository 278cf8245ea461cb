import Foundation
import GRDB

extension Store {
    /// The treaty ids of the database at `path`, for shell completion.
    /// Read through the same read-only probe every reader uses, so a TAB
    /// never writes, migrates or waits long; anything amiss (no file, not a
    /// ratify database, a newer one, busy) gives no ids rather than an error.
    public static func treatyIDsForCompletion(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let (state, queue) = try? probe(path, busyTimeout: 0.5, mayReadInPlace: true)
        else { return [] }
        defer { try? queue.close() }
        guard state != .empty else { return [] }
        return (try? queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM treaty ORDER BY id") }) ?? []
    }
}
