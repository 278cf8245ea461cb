/// A signature falls inside the treaty's signature period, when it has one.
public struct SignatureWithinPeriod: RecordRule {
    public let name = "signature-within-period"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        let opens = record.treaty.signatureOpens
        let closes = record.treaty.signatureCloses
        guard opens != nil || closes != nil else { return [] }
        return record.byParticipant.values.joined().filter { action in
            action.kind == .signature
                && ((opens.map { action.date < $0 } ?? false) || (closes.map { action.date > $0 } ?? false))
        }.map {
            RuleViolation(action: $0, rule: name, message: .signatureOutsidePeriod(opens: opens, closes: closes))
        }
    }
}
