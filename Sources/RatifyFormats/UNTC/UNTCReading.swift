import RatifyCore

/// A status table read: its rows, and the notices of what it holds that
/// ratify does not record (a skipped column, a letter nothing explains),
/// each as `FILE:LINE: message`.
public struct UNTCReading: Sendable {
    public var kind: UNTCInputKind
    public var entries: [DepositaryEntry]
    public var notices: [ImportProblem]
}
