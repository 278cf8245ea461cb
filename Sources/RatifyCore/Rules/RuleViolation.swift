/// One broken rule, about one action.
public struct RuleViolation: Hashable, Sendable {
    public let action: ActionRecord
    public let rule: String
    /// What is wrong and how to put it right, without the action itself.
    public let message: RuleMessage

    public init(action: ActionRecord, rule: String, message: RuleMessage) {
        self.action = action
        self.rule = rule
        self.message = message
    }

    /// "Viet Nam (VNM) ratification 2026-06-01: ..." given the participant's
    /// name; "... 2026-06-01 [bbnj]: ..." when the treaty is to be named.
    public func message(name: String, treaty: String? = nil) -> String {
        "\(name) (\(action.participant)) \(action.kind.rawValue) \(action.date)\(treaty.map { " [\($0)]" } ?? ""): \(message)"
    }
}
