import Foundation
import RatifyCore
import RatifyStore

/// Writes a command's output to `--output FILE`, or stdout; either way
/// checked (74 on failure, with `consequence` saying what was not done).
enum OutputFile {
    static func write(_ text: String, to path: String?, consequence: String = "the output is incomplete") throws {
        guard let path, path != "-" else { return try Terminal.write(text, consequence: consequence) }
        try checkCreatable(path)
        // Written beside the target and renamed, so a reader never sees half a file.
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw OutputError.file(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Said before anything is written: a folder, a missing folder, or a
    /// folder ratify may not write in (73, as the database's own path is).
    static func checkCreatable(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError.cannotCreate(
                path: path, reason: "it is a folder", fix: "give the path of a file, in it or elsewhere")
        }
        let parent = ParentFolder.of(path)
        let folder = parent.isEmpty ? "." : parent
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError.cannotCreate(
                path: path, reason: "the folder \(folder) does not exist", fix: "create it first (mkdir -p \(folder)), or give another path"
            )
        }
        guard access(folder, W_OK) == 0 else {
            throw OutputError.cannotCreate(
                path: path, reason: "the folder \(folder) is not writable by this user", fix: "give a path in a folder you may write in")
        }
    }
}
