extension RuleViolation {
    /// Whether a depositary table may break this rule: its fact is then
    /// recorded anyway, marked as recorded by the depositary.
    public var acceptableFromDepositary: Bool { !RecordRules.keptByDepositaryTables.contains(rule) }

    /// The line of a depositary fact recorded although it breaks a rule:
    /// `FILE:LINE: warning: Syrian Arab Republic (SYR) ratification
    /// 1959-03-26: no signature is recorded; a ratification needs one
    /// (signature-before-consent); recorded as the depositary states it`,
    /// with `tag` ("warning") after the location.
    public func depositaryLine(name: String, tag: String? = nil) -> String {
        let location = action.provenance.line != nil ? action.provenance.location + ": " : ""
        return location + (tag.map { "\($0): " } ?? "")
            + "\(name) (\(action.participant)) \(action.kind.rawValue) \(action.date): \(message.summary) (\(rule)); "
            + "recorded as the depositary states it"
    }
}
