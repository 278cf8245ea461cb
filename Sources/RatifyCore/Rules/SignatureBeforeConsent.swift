/// Ratification, acceptance and approval confirm a signature made on or
/// before the deposit; accession and succession need none.
public struct SignatureBeforeConsent: RecordRule {
    public let name = "signature-before-consent"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            let signature = actions.first { $0.kind == .signature }
            return actions.filter(\.kind.needsSignature).compactMap { action in
                if let signature, signature.date <= action.date { return nil }
                let problem = signature.map {
                    "the signature (\($0.date)) is after the deposit; \(action.kind.withArticle) needs a signature on or before it"
                } ?? "no signature is recorded; \(action.kind.withArticle) needs one on or before the deposit date (record the signature first, or record an accession, which needs none)"
                return RuleViolation(action: action, rule: name, problem: problem)
            }
        }
    }
}
