/// Forecasts when a treaty's threshold will be reached and when it will enter
/// into force, from a reference class of real treaties' histories.
///
/// Pure: a function of the definition, the actions, the as-of date and the
/// references; the same input gives the same forecast (the only randomness,
/// the order in which participants deposit when a condition counts a named
/// group, comes from a fixed seed).
///
/// How: every reference treaty is compared at the moment of its history most
/// like where this treaty stands (instruments counted, signatures, age since
/// opening; `ReferenceClass`), and weighted by how alike the two are and how
/// near their eras. Each reference then lends its own later deposits,
/// stretched to this treaty's remaining count (`ThresholdProjection`); the
/// weighted dates at which the conditions would hold give the 10/50/90 per
/// cent dates (of the references that got there within their record), and
/// the entry-into-force steps are applied to each. The chance of never
/// getting there counts the references that had not got there by the end of
/// their record as "not yet" (Kaplan–Meier); the probabilities of being in
/// force by a date come from the same distribution as the dates
/// (`ReachDistribution`), so the two always agree.
///
/// Only what was known on as-of: recorded actions dated later are ignored,
/// as `status` ignores them; hypothetical ones (`--assume`) are projected.
public enum Forecaster {
    public static func forecast(
        treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate,
        directory: ParticipantDirectory = .builtIn,
        references: ReferenceHistories = .builtIn,
        parameters: ForecastParameters = .standard
    ) -> Forecast {
        // What was known on as-of: a recorded action dated later is not (as
        // in `status`); only a hypothetical one (`--assume`) is projected.
        let actions = actions.filter { $0.date <= asOf || $0.isAssumed }
        let status = Engine.status(of: treaty, actions: actions, asOf: asOf, directory: directory)
        let opened = openingDate(of: treaty, actions: actions, asOf: asOf)
        // Before the opening for signature nothing can be deposited: the
        // forecast starts from the opening, as if asked that day.
        let notYetOpen = asOf < opened
        let start = max(asOf, opened)
        // On the opening day the age is 0; the pace divides by at least a day.
        let age = max(1, opened.days(until: start))
        let years = Double(age) / 365.25
        var forecast = Forecast(
            treaty: treaty.id, title: treaty.title, asOf: asOf, threshold: treaty.threshold, counted: status.counted,
            thresholdReachedOn: nil, entryIntoForce: nil, inForceBy: [], countBand: [], isCertain: false, isLowerBound: false,
            basis: .none(
                openedOn: opened, ageDays: opened.days(until: start), signatories: status.signatories,
                pacePerYear: notYetOpen ? 0 : Double(status.counted) / years, observedUntil: references.observedUntil),
            notes: notYetOpen ? [.notYetOpen(opens: opened)] : [])
        let counts: (String) -> Bool = { treaty.reioCounts || !(directory[$0]?.isREIO ?? false) }
        // "The end of each of the next three years" (issue 15): counted from as-of's year, as-of's own year-end excluded.
        let yearEnds = (1...3).compactMap { CivilDate(year: asOf.year + $0, month: 12, day: 31) }

        if let reached = status.thresholdReachedOn, let entry = status.entryIntoForce {
            forecast.thresholdReachedOn = .certain(reached)
            forecast.entryIntoForce = .certain(entry)
            forecast.inForceBy = yearEnds.map { .init(date: $0, probability: entry <= $0 ? 1 : 0) }
            // Reached only by hypothetical instruments (`--assume` dated on
            // or before as-of): the dates are certain only if they are made.
            let onRecord = Engine.status(of: treaty, actions: actions.filter { !$0.isAssumed }, asOf: asOf, directory: directory)
            if onRecord.thresholdReachedOn == nil {
                let bound = Set(onRecord.participants.filter(\.counted).map(\.state))
                forecast.basis.assumed = assumedDeposits(actions.filter(\.isAssumed), bound: bound, counts: counts)
                    .map { .init(state: $0.participant, action: $0.kind, date: $0.date) }
                forecast.notes.append(.thresholdReachedIfAssumed(reached))
            } else {
                forecast.isCertain = true
                forecast.notes.append(.thresholdReached(reached))
            }
            return forecast
        }

        let countedNow = status.participants.filter(\.counted).map(\.state)
        let assumed = assumedDeposits(actions.filter { $0.date > asOf }, bound: Set(countedNow), counts: counts)
        forecast.basis.assumed = assumed.map { .init(state: $0.participant, action: $0.kind, date: $0.date) }
        if actions.contains(where: { $0.date > asOf && !$0.kind.isConsent }) {
            forecast.notes.append(.onlyInstrumentsProjected(after: asOf))
        }

        let (followed, unforecastable) = conditionsToFollow(treaty, status: status)
        forecast.notes += unforecastable
        forecast.isLowerBound = !unforecastable.isEmpty
        guard followed.conditions.contains(where: { if case .count = $0 { true } else { false } }) else {
            forecast.notes.append(.onlyShareLeft)
            return forecast
        }

        var counter = ConditionCounter(treaty: followed)
        for code in countedNow { counter.add(inGroups: counter.memberships(of: code)) }
        if counter.allHold {
            forecast.notes.append(.allButShareHold)
            return forecast
        }

        // The least count at which every followed condition could hold.
        let position = TreatyPosition(
            opened: opened, asOf: start, counted: status.counted, signatories: status.signatories,
            target: status.counted + max(1, counter.shortfall))
        // Before the opening no one has signed yet, whatever will happen on
        // the day: the signatures are not compared (nor the references
        // without any, amendments, preferred).
        var parameters = parameters
        if notYetOpen { parameters.signatures = .infinity }
        let referenceClass = ReferenceClass(position: position, references: references, parameters: parameters)
        forecast.basis.referenceTreaties = referenceClass.referenceCount
        forecast.basis.effectiveReferences = referenceClass.effectiveSize
        if referenceClass.olderThanEveryReference {
            forecast.notes.append(.olderThanEveryReference(years: age / 365))
        }

        var pool: DepositorPool?
        if counter.hasGroups {
            forecast.notes.append(.groupOrderAssumed)
            pool = DepositorPool(
                status: status, directory: directory, treaty: treaty, counter: counter,
                excluded: Set(countedNow).union(assumed.map(\.participant)), counts: counts)
        }
        let projection = ThresholdProjection(
            counter: counter, asOf: start.dayNumber, counted: position.counted, target: position.target,
            assumed: assumed.map { ($0.date.dayNumber, counter.memberships(of: $0.participant)) },
            observedUntil: references.observedUntil.dayNumber)

        // The orderings a reference gets are shared among its moments.
        let orderings = max(1, parameters.orderings / (2 * max(0, parameters.momentSpread) + 1))
        let outcomes = draws(referenceClass, projection: projection, pool: pool, orderings: orderings)
        forecast.basis.nearest = nearest(referenceClass, target: position.target)
        guard var distribution = ReachDistribution(outcomes) else {
            if !outcomes.outcomes.isEmpty {
                forecast.basis.notReachedProbability = 1
                forecast.inForceBy = yearEnds.map { .init(date: $0, probability: 0) }
            }
            forecast.notes.append(
                referenceClass.analogs.isEmpty ? .noComparableReference : .neverReachedByReferences(target: position.target))
            return forecast
        }
        if let waited = lastAction(actions, asOf: asOf, opened: opened), waited < asOf,
            let afterWaiting = notReachedAfterWaiting(
                since: waited, position: position, projection: projection, pool: pool, references: references,
                parameters: parameters, orderings: orderings)
        {
            distribution.notReached = max(distribution.notReached, afterWaiting)
        }
        if let day = reachedByAssumed(counter, assumed: assumed) {
            // Every draw gets there by then: no chance is left of not reaching it.
            distribution.notReached = 0
            forecast.notes.append(.thresholdReachedIfAssumed(day))
        }
        forecast.basis.notReachedProbability = distribution.notReached
        let entryDay: (Int) -> Int = { day in
            CivilDate(dayNumber: day).map { treaty.entryIntoForce.apply(to: $0).dayNumber } ?? day
        }
        forecast.inForceBy = yearEnds.map { .init(date: $0, probability: distribution.probability(by: $0.dayNumber, mapping: entryDay)) }
        let days = [0.1, 0.5, 0.9].map(distribution.quantile)
        guard let low = CivilDate(dayNumber: days[0]), let middle = CivilDate(dayNumber: days[1]),
            let high = CivilDate(dayNumber: days[2])
        else { return forecast }
        let reached = Forecast.Quantiles(p10: low, p50: middle, p90: high)
        forecast.thresholdReachedOn = reached
        forecast.entryIntoForce = reached.applying(treaty.entryIntoForce)
        forecast.countBand = countBand(referenceClass, projection: projection, outcomes: outcomes, asOf: start, until: high)
        return forecast
    }

    /// The weighted 10/50/90 per cent counts of the draws that reach the
    /// threshold, on the first of each month after `asOf` up to the month
    /// after `until` (every few months when that is over ten years: at most
    /// 120 dates). The same draws and weights as the dates
    /// (`ReachDistribution`), so the band, like them, holds if the threshold
    /// is reached: its median reaches the threshold on the first date on or
    /// after the 50 per cent date, its 10 per cent line after the 90 per cent
    /// date. (Counting every draw, a draw whose reference's record ends short
    /// of the threshold stays flat and drags the band far below the dates.)
    static func countBand(
        _ referenceClass: ReferenceClass, projection: ThresholdProjection, outcomes: WeightedOutcomes, asOf: CivilDate,
        until: CivilDate
    ) -> [Forecast.CountQuantiles] {
        let first = asOf.firstOfNextMonth
        let end = until.firstOfNextMonth
        let months = (end.year - first.year) * 12 + end.month - first.month
        let step = max(1, (months + 119) / 120)
        // The last date always: the band reaches past the 90 per cent date.
        let dates = (Array(stride(from: 0, to: months, by: step)) + [months]).map { first.adding(months: $0) }
        let days = dates.map(\.dayNumber)
        // A reference moment's draws differ only in who deposits, not in how many by a date.
        var weightOfAnalog = [Double](repeating: 0, count: referenceClass.analogs.count)
        for outcome in outcomes.outcomes where outcome.day != nil { weightOfAnalog[outcome.analog] += outcome.weight }
        let reaching = referenceClass.analogs.indices.filter { weightOfAnalog[$0] > 0 }
        let counts = reaching.map { projection.counts(of: referenceClass.analogs[$0], on: days) }
        // Counts are small whole numbers: their weights are summed by count
        // rather than sorted, once per date.
        let largest = counts.map { $0.last ?? 0 }.max() ?? 0
        return dates.indices.compactMap { index in
            var weightOf = [Double](repeating: 0, count: largest + 1)
            for (analog, series) in zip(reaching, counts) { weightOf[series[index]] += weightOfAnalog[analog] }
            let total = weightOf.reduce(0, +)
            guard total > 0 else { return nil }
            let quantile = { (p: Double) -> Int in
                var cumulative = 0.0
                for (count, weight) in weightOf.enumerated() {
                    cumulative += weight
                    if weight > 0, cumulative >= p * total * (1 - 1e-12) { return count }
                }
                return largest
            }
            return Forecast.CountQuantiles(date: dates[index], p10: quantile(0.1), p50: quantile(0.5), p90: quantile(0.9))
        }
    }

    /// The definition with the conditions the forecast follows, and a plain
    /// sentence for each it cannot: a weighted share not yet met depends on
    /// which participants deposit, which the reference histories do not
    /// tell, so it is named, not guessed.
    static func conditionsToFollow(_ treaty: TreatyDefinition, status: TreatyStatus) -> (TreatyDefinition, [ForecastNote]) {
        var followed = treaty
        var notes: [ForecastNote] = []
        followed.conditions = []
        for (condition, now) in zip(treaty.conditions, status.conditions) {
            guard case .share(let share, let weight) = condition, !now.met else {
                followed.conditions.append(condition)
                continue
            }
            notes.append(.shareNotForecast(share: share, weight: weight))
        }
        return (followed, notes)
    }

    /// One draw per reference moment, or `orderings` per moment when a
    /// condition names a group (each with its own seeded order of
    /// depositors), the moment's weight shared among them.
    static func draws(
        _ referenceClass: ReferenceClass, projection: ThresholdProjection,
        pool: DepositorPool?, orderings: Int
    ) -> WeightedOutcomes {
        var outcomes = WeightedOutcomes()
        let rounds = pool == nil ? 1 : max(1, orderings)
        for (index, analog) in referenceClass.analogs.enumerated() {
            for round in 0..<rounds {
                let order = pool.map { DepositorPool.Order(pool: $0, seed: 0x5EED_F0CA_57 &+ UInt64(index) &* 1_000_003 &+ UInt64(round)) }
                let outcome = projection.outcome(of: analog, order: order)
                outcomes.outcomes.append(
                    .init(
                        day: outcome.day, censoredAfter: outcome.censoredAfter,
                        weight: analog.weight / Double(rounds), analog: index, order: index * rounds + round))
            }
        }
        return outcomes
    }
}
