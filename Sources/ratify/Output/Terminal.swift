import Foundation
import RatifyReports

/// Where output goes: data to stdout, diagnostics to stderr, colour only on
/// a terminal and never with NO_COLOR.
enum Terminal {
    /// The first failed write to stdout (its errno); later writes are skipped,
    /// and the run ends with exit 74 (`finish`), never 0 with output lost.
    /// Only the main thread writes stdout.
    nonisolated(unsafe) private static var failure: Int32?

    /// Writes to stdout; a failure is remembered and reported by `finish`.
    static func out(_ text: String) {
        guard failure == nil else { return }
        if let error = writeAll(STDOUT_FILENO, Array(text.utf8)) { failure = error }
    }

    /// Writes to stdout now, or throws: for output that marks something done
    /// (an alert delivered, a report remembered) only once it is out.
    static func write(_ text: String, consequence: String) throws {
        out(text)
        try finish(consequence: consequence)
    }

    /// Throws if a write to stdout failed during the run.
    static func finish(consequence: String = "the output is incomplete") throws {
        if let failure { throw OutputError.standardOutput(reason: String(cString: strerror(failure)), consequence: consequence) }
    }

    /// A diagnostic line on stderr, control characters shown escaped.
    static func err(_ text: String) {
        let line = VisibleText.escape(text.hasSuffix("\n") ? String(text.dropLast()) : text, keepingLineBreaks: true)
        _ = writeAll(STDERR_FILENO, Array((line + "\n").utf8))
    }

    /// POSIX writes that retry when a signal (an --exec child's SIGCHLD)
    /// interrupts them (FileHandle.write traps on EINTR); the errno of a
    /// failure, nil when all was written.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return n < 0 ? errno : EIO }
        }
        return nil
    }

    static var stdoutStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDOUT_FILENO) == 1) }
    static var stderrStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDERR_FILENO) == 1) }

    private static var colorAllowed: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}
