import Foundation
import RatifyCore
import RatifyStore

/// Writes a command's output to `--output FILE`, or stdout; either way
/// checked (74 on failure, with `consequence` saying what was not done).
enum OutputFile {
    static func write(_ text: String, to path: String?, consequence: String = "the output is incomplete") throws {
        guard let path, path != "-" else { return try Terminal.write(text, consequence: consequence) }
        // Written beside the target and renamed, so a reader never sees half a file.
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw OutputError.file(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
