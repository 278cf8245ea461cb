import Foundation
import RatifyCore
import RatifyStore

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
