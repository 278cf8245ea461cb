import RatifyCore

/// A command used the wrong way: options that exclude each other, a value
/// of the wrong form (64). Named apart from ArgumentParser's
/// `ValidationError`, which ratify does not throw: its own parse errors are
/// reported by `ErrorReporting` in ratify's voice.
struct UsageError: RatifyError {
    var message: String
    /// The command whose help to point to, e.g. "alert config".
    var command: String

    init(_ message: String, command: String) {
        self.message = message
        self.command = command
    }

    var exitStatus: ExitStatus { .usage }
    var description: String { "\(message)\nSee 'ratify \(command) --help'." }
}
