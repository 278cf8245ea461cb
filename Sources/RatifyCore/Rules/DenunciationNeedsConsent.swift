/// A denunciation withdraws consent, so an instrument of consent must be
/// held before it, and each instrument is denounced once.
public struct DenunciationNeedsConsent: RecordRule {
    public let name = "denunciation-needs-consent"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.histories.values.flatMap { history in
            history.strayDenunciations.map { denunciation in
                let consentBefore = history.periods.contains { $0.consent.date < denunciation.date }
                return RuleViolation(action: denunciation, rule: name, message: consentBefore ? .alreadyDenounced : .nothingToDenounce)
            }
        }
    }
}
