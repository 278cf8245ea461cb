/// An action to record, and the treaty it belongs to.
public struct PendingAction: Hashable, Sendable {
    public var treaty: String
    public var action: ActionRecord

    public init(treaty: String, action: ActionRecord) {
        self.treaty = treaty
        self.action = action
    }
}
