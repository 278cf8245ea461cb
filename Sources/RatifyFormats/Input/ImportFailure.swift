import RatifyCore

/// An import refused: every problem found, none written.
public struct ImportFailure: RatifyError, Sendable {
    public var exitStatus: ExitStatus { .badData }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
    public var problems: [ImportProblem]
    public init(_ problems: [ImportProblem]) { self.problems = problems }
}
