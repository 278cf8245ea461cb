import Foundation
import RatifyCore
import RatifyFormats
import RatifyStore

/// A command's input read in chunks, so that a large import is never held
/// whole; `-` is standard input. Whatever the path names is read as a
/// stream: a regular file, a FIFO, a process substitution (`<(...)`), a
/// device. Unchecked Sendable: an import hands it to the parser's thread,
/// which alone reads it.
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
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            throw InputFileError(kind: .unreadable, description: "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        (source, self.descriptor, ownsDescriptor) = (path, descriptor, true)
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next chunk of up to 256 KiB; nil at the end of the input.
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

    /// The whole input, refused (65) past `limit` bytes.
    func readAll(limit: Int = InputLimits.wholeFileBytes) throws -> Data {
        var data = Data()
        while let chunk = try next() {
            data.append(contentsOf: chunk)
            if data.count > limit {
                throw ImportFailure([
                    ImportProblem(
                        source: source, line: nil,
                        message:
                            "the file is larger than \(InputLimits.describe(bytes: limit)), the most ratify reads whole: split it, or import it as CSV, which streams"
                    )
                ])
            }
        }
        return data
    }
}
