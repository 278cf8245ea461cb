import RatifyCore

/// Output that could not be written (74), or an output file that cannot be
/// created where it was asked for (73): what was meant to be done with it is
/// then not marked done.
enum OutputError: RatifyError {
    /// A write to standard output failed (a full disk, a closed pipe).
    case standardOutput(reason: String, consequence: String)
    /// An output file could not be written.
    case file(path: String, reason: String)
    /// `--output` names a folder, a file in a folder that does not exist, or
    /// one ratify may not create; `fix` says what to give instead.
    case cannotCreate(path: String, reason: String, fix: String)

    var exitStatus: ExitStatus {
        switch self {
        case .standardOutput, .file: .ioError
        case .cannotCreate: .cannotCreate
        }
    }

    var description: String {
        switch self {
        case .standardOutput(let reason, let consequence): "cannot write to standard output (\(reason)): \(consequence)"
        case .file(let path, let reason): "cannot write \(path) (\(reason)); nothing was written to it"
        case .cannotCreate(let path, let reason, let fix): "cannot create \(path): \(reason); \(fix)"
        }
    }
}
