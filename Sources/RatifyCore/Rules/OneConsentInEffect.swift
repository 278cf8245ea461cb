/// A participant holds at most one instrument of consent at a time: a second
/// one needs a denunciation of the first in between.
public struct OneConsentInEffect: RecordRule {
    public let name = "one-consent-in-effect"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.flatMap { actions -> [RuleViolation] in
            var held: ActionRecord?
            var found: [RuleViolation] = []
            for action in actions {
                if action.kind.isConsent {
                    if let current = held {
                        let problem = "already bound by \(current.kind.withArticle) of \(current.date); a participant holds one instrument of consent at a time (use 'ratify correct' to change the recorded one)"
                        found.append(RuleViolation(action: action, rule: name, problem: problem))
                        found.append(RuleViolation(action: current, rule: name, problem: "\(action.kind.withArticle) of \(action.date) would be a second instrument of consent; a participant holds one at a time"))
                    } else {
                        held = action
                    }
                } else if action.kind == .denunciation, held != nil, held!.date < action.date {
                    held = nil
                }
            }
            return found
        }
    }
}
