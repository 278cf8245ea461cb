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

/// Reads a command's input file; `-` is standard input.
enum InputFile {
    static func read(_ path: String) throws -> (bytes: Data, source: String) {
        if path == "-" {
            return (Terminal.readStandardInput(), "<stdin>")
        }
        try requireFile(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFileError(kind: .unreadable, description: "cannot read \(path) (check its permissions)")
        }
        return (data, path)
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

/// A command's input file read in chunks, so that a large import is never
/// held whole; `-` is standard input. Unchecked Sendable: an import hands
/// it to the parser's thread, which alone reads it.
final class InputChunks: @unchecked Sendable {
    let source: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    init(_ path: String) throws {
        if path == "-" {
            (source, descriptor, ownsDescriptor) = ("<stdin>", STDIN_FILENO, false)
            return
        }
        try InputFile.requireFile(path)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputFileError(kind: .unreadable, description: "cannot read \(path) (check its permissions)")
        }
        (source, self.descriptor, ownsDescriptor) = (path, descriptor, true)
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next chunk of up to 256 KiB; nil at the end of the file.
    func next() throws -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { return Array(chunk[..<count]) }
            if count == 0 { return nil }
            if errno != EINTR {
                throw InputFileError(kind: .unreadable, description: "cannot read \(source): \(String(cString: strerror(errno)))")
            }
        }
    }
}

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
