/// What a forecast rests on: the nearest references, the treaty's clock,
/// the assumed deposits, and what a long wait without a deposit says.
extension Forecaster {
    /// The three most alike references, nearest first, with the moment
    /// compared and how long each then took to the target count.
    static func nearest(_ referenceClass: ReferenceClass, target: Int) -> [Forecast.Neighbour] {
        referenceClass.references.sorted { ($0.weight, $1.history.id) > ($1.weight, $0.history.id) }
            .prefix(3).map { analog in
                Forecast.Neighbour(
                    id: analog.history.id, title: analog.history.title, weight: analog.weight,
                    ageDays: analog.matchedAge, instruments: analog.matchedCount,
                    daysToThreshold: analog.history.dayOfInstrument(target).map { $0 - analog.matchedDay })
            }
    }

    /// The opening for signature when the definition has one, else the first
    /// signature, else the first instrument: the references' clocks start at
    /// their first signature.
    static func openingDate(of treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate) -> CivilDate {
        if let opens = treaty.signatureOpens { return opens }
        let known = actions.filter { $0.date <= asOf }
        return known.filter { $0.kind == .signature }.map(\.date).min()
            ?? known.filter { $0.kind.isConsent }.map(\.date).min()
            ?? asOf
    }

    /// Of `actions` (those dated after as-of, or the hypothetical ones),
    /// the instruments of consent from participants that are not `bound` and
    /// whose instrument counts: the `--assume` projection counts each from
    /// its own date. The first per participant.
    static func assumedDeposits(_ actions: [ActionRecord], bound: Set<String>, counts: (String) -> Bool) -> [ActionRecord] {
        var seen = Set<String>()
        return actions.filter { $0.kind.isConsent && counts($0.participant) && !bound.contains($0.participant) }
            .sorted(by: ActionRecord.chronological)
            .filter { seen.insert($0.participant).inserted }
    }

    /// The day of the last action on record on as-of (not before the
    /// opening): the position has not changed since.
    static func lastAction(_ actions: [ActionRecord], asOf: CivilDate, opened: CivilDate) -> CivilDate? {
        guard opened <= asOf else { return nil }
        return max(opened, actions.filter { $0.date <= asOf && !$0.isAssumed }.map(\.date).max() ?? opened)
    }

    /// The chance of never reaching the threshold as forecast on `since`,
    /// the day of the last action, once it is known that it was still not
    /// reached on as-of: P(never) / P(not by as-of), both from the forecast
    /// made that day. Matching on as-of alone compares a treaty stalled for
    /// decades with the references that moved at that age, which nearly all
    /// got there; this one only grows as the wait lengthens. Nil when the
    /// references left no chance of still waiting.
    static func notReachedAfterWaiting(
        since: CivilDate, position: TreatyPosition, projection: ThresholdProjection, pool: DepositorPool?,
        references: ReferenceHistories, parameters: ForecastParameters, orderings: Int
    ) -> Double? {
        var then = position
        then.asOf = since
        let referenceClass = ReferenceClass(position: then, references: references, parameters: parameters)
        let fromThen = ThresholdProjection(
            counter: projection.counter, asOf: since.dayNumber, counted: projection.counted, target: projection.target,
            assumed: projection.assumed, observedUntil: projection.observedUntil)
        let steps = draws(referenceClass, projection: fromThen, pool: pool, orderings: orderings).kaplanMeier()
        let ever = steps.last?.reached ?? 0
        let byNow = steps.last { $0.day <= position.asOf.dayNumber }?.reached ?? 0
        guard 1 - byNow > 1e-9 else { return nil }
        return min(1, max(0, (1 - ever) / (1 - byNow)))
    }

    /// The date on which the assumed deposits alone, with what is counted
    /// on as-of (`counter`), make every followed condition hold.
    static func reachedByAssumed(_ counter: ConditionCounter, assumed: [ActionRecord]) -> CivilDate? {
        var counter = counter
        for deposit in assumed {
            counter.add(inGroups: counter.memberships(of: deposit.participant))
            if counter.allHold { return deposit.date }
        }
        return nil
    }
}
