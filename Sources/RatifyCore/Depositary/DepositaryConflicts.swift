/// The depositary's table differs from the record and the import was not
/// told to accept its dates: nothing is written (65). Carries the whole diff,
/// which the command still shows.
public struct DepositaryConflicts: RatifyError, Sendable {
    public let diff: DepositaryDiff
    public let source: String
    public let directory: ParticipantDirectory

    public init(diff: DepositaryDiff, source: String, directory: ParticipantDirectory) {
        self.diff = diff
        self.source = source
        self.directory = directory
    }

    public var exitStatus: ExitStatus { .badData }

    /// One line per conflict, `FILE:LINE: message`, saying how to accept it.
    public var lines: [String] {
        diff.conflicts.map {
            $0.depositary.provenance.location + ": " + $0.describe(directory)
                + "; to record the depositary's date as a correction, import again with --accept-depositary"
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
