import Foundation
import RatifyReports

/// Where output goes: data to stdout, diagnostics to stderr, colour only on
/// a terminal and never with NO_COLOR.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdoutStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDOUT_FILENO) == 1) }
    static var stderrStyle: TextStyle { TextStyle(color: colorAllowed && isatty(STDERR_FILENO) == 1) }

    private static var colorAllowed: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["NO_COLOR"] == nil && env["TERM"] != "dumb"
    }
}
