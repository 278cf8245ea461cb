/// A participant signs a treaty once.
public struct OneSignature: RecordRule {
    public let name = "one-signature"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            let signatures = actions.filter { $0.kind == .signature }
            guard signatures.count > 1 else { return [] }
            return signatures.map { signature in
                RuleViolation(
                    action: signature, rule: name, message: .alreadySigned(others: signatures.filter { $0 != signature }.map(\.date)))
            }
        }
    }
}
