import RatifyCore

/// Output that could not be written (74): what was meant to be done with it
/// is then not marked done.
enum OutputError: RatifyError {
    /// A write to standard output failed (a full disk, a closed pipe).
    case standardOutput(reason: String, consequence: String)
    /// An output file could not be written.
    case file(path: String, reason: String)

    var exitStatus: ExitStatus { .ioError }

    var description: String {
        switch self {
        case .standardOutput(let reason, let consequence): "cannot write to standard output (\(reason)): \(consequence)"
        case .file(let path, let reason): "cannot write \(path) (\(reason)); nothing was written to it"
        }
    }
}
