/// An action cannot be dated after today: the tracker records what happened.
public struct DateNotAfterToday: RecordRule {
    public let name = "date-not-after-today"
    public init() {}

    public func violations(in record: RecordUnderReview) -> [RuleViolation] {
        record.byParticipant.values.joined().filter { $0.date > record.today }.map {
            RuleViolation(action: $0, rule: name, message: .dateAfterToday(today: record.today))
        }
    }
}
