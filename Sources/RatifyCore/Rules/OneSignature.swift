/// A participant signs a treaty once.
public struct OneSignature: RecordRule {
    public let name = "one-signature"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            let signatures = actions.filter { $0.kind == .signature }
            guard signatures.count > 1 else { return [] }
            return signatures.map { signature in
                let others = signatures.filter { $0 != signature }.map(\.date.description).joined(separator: ", ")
                return RuleViolation(action: signature, rule: name, problem: "already signed on \(others); a participant signs once (use 'ratify correct' to change a recorded date)")
            }
        }
    }
}
