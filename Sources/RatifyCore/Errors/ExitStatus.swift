/// How a run of ratify ends, as its exit status: the codes of the
/// command-line interface (docs/cli.md, "Exit status"), after sysexits.h.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// Something unexpected: a defect to report.
    case failure = 1
    /// Unknown command or option, a missing argument, options that exclude each other.
    case usage = 64
    /// An invalid date, an unknown participant or action, a treaty rule broken, a malformed file.
    case badData = 65
    /// No database at the path, or an input file that does not exist.
    case noInput = 66
    /// The database, a backup or an output file cannot be created.
    case cannotCreate = 73
    /// A file cannot be read or written.
    case ioError = 74
    /// Try again: the database stayed busy, or an alert's delivery failed.
    case temporary = 75
    /// The database was written by a newer version of ratify.
    case newerVersion = 78
}

/// An error of ratify's own: it says what went wrong and how to put it right
/// (`description`), and how the run ends (`exitStatus`). Every error type of
/// ratify's modules conforms, so the command line maps each to its status
/// in one place and none falls through to 1 unnoticed.
public protocol RatifyError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
}
