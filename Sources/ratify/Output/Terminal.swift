import Foundation
import RatifyReports

/// Where output goes: data to stdout, diagnostics to stderr, colour only on
/// a terminal and never with NO_COLOR.
enum Terminal {
    static func out(_ text: String) {
        writeAll(STDOUT_FILENO, Array(text.utf8))
    }

    static func err(_ text: String) {
        writeAll(STDERR_FILENO, Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// POSIX writes that retry when a signal (an --exec child's SIGCHLD)
    /// interrupts them; FileHandle.write traps on EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Standard input to its end, retrying interrupted reads.
    static func readStandardInput() -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(STDIN_FILENO, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { return data }
        }
    }

    static var stdoutStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDOUT_FILENO) == 1) }
    static var stderrStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDERR_FILENO) == 1) }

    private static var colorAllowed: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}
