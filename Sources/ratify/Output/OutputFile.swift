import Foundation
import RatifyCore
import RatifyStore

/// Writes a command's output to `--output FILE`, or stdout.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else { return Terminal.out(text) }
        // Written beside the target and renamed, so a reader never sees half a file.
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw InputFileError(kind: .unreadable, description: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}
