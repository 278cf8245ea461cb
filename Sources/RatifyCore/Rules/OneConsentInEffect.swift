/// A participant holds at most one instrument of consent at a time: a second
/// one needs a denunciation of the first in between. Both are named: the new
/// one, and the one it would double.
public struct OneConsentInEffect: RecordRule {
    public let name = "one-consent-in-effect"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.histories.values.flatMap { history in
            history.extraInstruments.flatMap { extra in
                [
                    RuleViolation(action: extra.instrument, rule: name, message: .alreadyBound(by: extra.held.kind, on: extra.held.date)),
                    RuleViolation(
                        action: extra.held, rule: name, message: .secondInstrument(extra.instrument.kind, on: extra.instrument.date)),
                ]
            }
        }
    }
}
