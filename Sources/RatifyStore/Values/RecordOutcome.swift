import Foundation
import GRDB
import RatifyCore

/// What a batch did, or would do in a dry run.
public struct RecordOutcome: Sendable {
    public var added: [PendingAction] = []
    /// Equal to an action in effect (same participant, action and date), or
    /// to an earlier row of the same batch: skipped.
    public var unchanged: [PendingAction] = []
    /// Equal to an action in effect but for a reference or note the record
    /// lacks: recorded as a correction that adds it.
    public var detailed: [PendingCorrection] = []
    /// Facts of a depositary table recorded although they break a rule,
    /// each with its action's row id.
    public var deviations: [RuleViolation] = []
}
