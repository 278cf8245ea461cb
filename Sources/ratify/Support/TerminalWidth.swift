import Foundation

/// How wide stdout is, for the tables and sentences `status` and `history`
/// fit to a terminal.
enum TerminalWidth {
    /// Nil when stdout is not a terminal (piped or redirected: full width);
    /// else `$COLUMNS` when set, else the terminal's own width, else 80.
    static var stdout: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
