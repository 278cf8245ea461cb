/// An import refused: every problem found, none written.
public struct ImportFailure: Error, Sendable {
    public var problems: [ImportProblem]
    public init(_ problems: [ImportProblem]) { self.problems = problems }
}
