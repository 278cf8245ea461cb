import Foundation
import RatifyCore
import RatifyStore

/// Reads a command's input file whole; `-` is standard input.
enum InputFile {
    static func read(_ path: String) throws -> (bytes: Data, source: String) {
        let input = try InputChunks(path)
        return (try input.readAll(), input.source)
    }

    /// A path that exists and is not a directory, or the error that says so.
    static func requireFile(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputFileError(kind: .missing, description: "no such file: \(path)")
        }
        if isDirectory.boolValue {
            throw InputFileError(kind: .unreadable, description: "\(path) is a directory: give a file")
        }
    }
}
