/// A denunciation withdraws consent, so an instrument of consent must come
/// before it, and each instrument is denounced once.
public struct DenunciationNeedsConsent: RecordRule {
    public let name = "denunciation-needs-consent"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            var bound = false
            var found: [RuleViolation] = []
            for action in actions {
                if action.kind.isConsent {
                    bound = true
                } else if action.kind == .denunciation {
                    let consentBefore = actions.contains { $0.kind.isConsent && $0.date < action.date }
                    if !bound || !consentBefore {
                        let problem = consentBefore
                            ? "the instrument of consent was already denounced; a denunciation needs an instrument of consent in effect"
                            : "no instrument of consent is recorded before it; a denunciation needs one (ratification, acceptance, approval, accession or succession) dated before the denunciation"
                        found.append(RuleViolation(action: action, rule: name, problem: problem))
                    }
                    bound = false
                }
            }
            return found
        }
    }
}
