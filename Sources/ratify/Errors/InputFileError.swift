import RatifyCore

/// An input or output file that cannot be used: missing (66), unreadable or
/// unwritable (74).
struct InputFileError: RatifyError {
    enum Kind { case missing, unreadable }
    var kind: Kind
    var description: String

    var exitStatus: ExitStatus { kind == .missing ? .noInput : .ioError }
}
