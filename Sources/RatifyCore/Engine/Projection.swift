/// "If these deposit on these dates, when does it enter into force?": the
/// hypothetical instruments of `--assume`, checked and counted. `status`
/// and `forecast` share it: an assumed instrument counts from its own date,
/// even after the as-of date; it follows the record rules like any action
/// (a ratification needs a signature), but for the date rule (it is
/// hypothetical, so it may lie ahead); and one for a participant already
/// bound is refused.
public enum Projection {
    /// The actions a projection counts: the record's and the assumed ones,
    /// or the rules the assumed ones break.
    public static func actions(
        recorded: [ActionRecord], assumed: [ActionRecord], treaty: TreatyDefinition, directory: ParticipantDirectory = .builtIn
    ) throws(BrokenRules) -> [ActionRecord] {
        guard !assumed.isEmpty else { return recorded }
        let anyDay = CivilDate(year: 9999, month: 12, day: 31)!
        let violations = RecordRules.introduced(
            from: RecordUnderReview(treaty: treaty, actions: recorded, today: anyDay, directory: directory),
            to: RecordUnderReview(treaty: treaty, actions: recorded + assumed, today: anyDay, directory: directory))
        guard violations.isEmpty else { throw BrokenRules(violations: violations, directory: directory, change: .assuming) }
        return recorded + assumed
    }

    /// The status on `asOf`, with the projection to the last assumed
    /// deposit when there are assumed actions.
    public static func status(
        of treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate, directory: ParticipantDirectory = .builtIn
    ) -> TreatyStatus {
        var status = Engine.status(of: treaty, actions: actions, asOf: asOf, directory: directory)
        let assumed = actions.filter(\.isAssumed).sorted(by: ActionRecord.chronological)
        if let last = assumed.last?.date {
            let on = max(last, asOf)
            let later = on == asOf ? status : Engine.status(of: treaty, actions: actions, asOf: on, directory: directory)
            status.projection = StatusProjection(
                asOf: on, assumed: assumed.map { .init(state: $0.participant, action: $0.kind, date: $0.date) },
                counted: later.counted, remaining: later.remaining, thresholdReachedOn: later.thresholdReachedOn,
                entryIntoForce: later.entryIntoForce)
        }
        return status
    }
}
