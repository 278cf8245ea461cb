/// A rule a recorded action breaks because the depositary's table says so:
/// the action is "as recorded by the depositary".
public struct DepositaryDeviation: Sendable, Equatable {
    public var rule: String
    /// The rule's words when the action was recorded.
    public var message: String
}
