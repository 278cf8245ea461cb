import RatifyCore

/// What importing the depositary's table did, or would do in a dry run.
public struct DepositaryImport: Sendable {
    public let diff: DepositaryDiff
    public let outcome: RecordOutcome
}
