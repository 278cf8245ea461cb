/// A recorded action to be replaced by a corrected one, with the reason.
public struct PendingCorrection: Hashable, Sendable {
    public var treaty: String
    public var supersedes: Int64
    public var replacement: ActionRecord
    public var reason: String

    public init(treaty: String, supersedes: Int64, replacement: ActionRecord, reason: String) {
        self.treaty = treaty
        self.supersedes = supersedes
        self.replacement = replacement
        self.reason = reason
    }
}
