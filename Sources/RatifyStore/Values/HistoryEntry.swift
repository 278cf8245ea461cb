import Foundation
import GRDB
import RatifyCore

/// One row of the whole record, with what became of it.
public struct HistoryEntry: Sendable, Equatable {
    public var treaty: String
    public var action: ActionRecord
    public var recordedAt: String
    /// The action this one corrects, and why.
    public var supersedes: Int64?
    public var reason: String?
    /// The correction that replaced this action.
    public var supersededBy: Int64?
    public var voided: (reason: String, at: String)?
    /// The rules this action breaks as the depositary's table states it:
    /// "as recorded by the depositary". Empty for most actions.
    public var deviations: [DepositaryDeviation] = []

    public var inEffect: Bool { supersededBy == nil && voided == nil }

    public static func == (a: HistoryEntry, b: HistoryEntry) -> Bool {
        a.action == b.action && a.supersededBy == b.supersededBy && a.voided?.reason == b.voided?.reason && a.deviations == b.deviations
    }
}
