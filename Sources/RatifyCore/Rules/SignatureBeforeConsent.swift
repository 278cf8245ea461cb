/// Ratification, acceptance and approval confirm a signature made on or
/// before the deposit; accession and succession need none. A treaty's
/// definition may name other kinds (`consent_needs_signature`; none for an
/// amendment).
public struct SignatureBeforeConsent: RecordRule {
    public let name = "signature-before-consent"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        let needing = record.treaty.kindsNeedingSignature
        return record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            let signature = actions.first { $0.kind == .signature }
            return actions.filter { needing.contains($0.kind) }.compactMap { action in
                if let signature, signature.date <= action.date { return nil }
                let message: RuleMessage =
                    signature.map { .signatureAfterDeposit(signature: $0.date, action.kind) } ?? .noSignature(action.kind)
                return RuleViolation(action: action, rule: name, message: message)
            }
        }
    }
}
