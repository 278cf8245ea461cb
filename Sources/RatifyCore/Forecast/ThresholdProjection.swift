/// Projects one draw: this treaty's future deposits paced as one reference
/// treaty's were after its matched moment, together with the assumed deposits
/// on their own dates, until every forecastable condition holds.
struct ThresholdProjection {
    /// The conditions the forecast follows (an unmet share condition is not one of them).
    let tally: ConditionTally
    let asOf: Int
    let counted: Int
    let target: Int
    /// Hypothetical instruments dated after as-of, by day.
    let assumed: [(day: Int, code: String)]
    let observedUntil: Int

    /// The day every condition first holds, or nil and the last day the
    /// draw covers. `ordering` names who deposits the projected instruments,
    /// in turn; empty when no condition asks who.
    func outcome(of analog: ReferenceClass.Analog, ordering: [String]) -> (day: Int?, censoredAfter: Int) {
        let history = analog.history
        let ourGap = target - counted
        let theirGap = target - analog.matchedCount
        let censoredAfter = asOf + Self.stretched(observedUntil - analog.matchedDay, by: analog.stretch)
        var tally = tally
        var next = 1          // the next projected deposit, 1-based
        var nextAssumed = 0
        // The j-th projected deposit is the reference's deposit that covers
        // the same share of its own remaining way (j / ourGap of it).
        func projectedDay(_ j: Int) -> Int? {
            let index = analog.matchedCount + (j * theirGap + ourGap - 1) / ourGap
            guard let day = history.dayOfInstrument(index) else { return nil }
            // Strictly after as-of: what is on record by then is already counted.
            return asOf + max(1, Self.stretched(day - analog.matchedDay, by: analog.stretch))
        }
        var upcoming = projectedDay(next)
        while true {
            let assumedDay = nextAssumed < assumed.count ? assumed[nextAssumed].day : nil
            guard let day = [upcoming, assumedDay].compactMap({ $0 }).min() else {
                return (nil, censoredAfter)
            }
            while nextAssumed < assumed.count, assumed[nextAssumed].day == day {
                tally.apply(code: assumed[nextAssumed].code, delta: 1)
                nextAssumed += 1
            }
            while let projected = upcoming, projected == day {
                tally.apply(code: next <= ordering.count ? ordering[next - 1] : "", delta: 1)
                next += 1
                upcoming = projectedDay(next)
            }
            if tally.allHold { return (day, censoredAfter) }
        }
    }

    static func stretched(_ days: Int, by factor: Double) -> Int {
        Int((Double(days) * factor).rounded())
    }
}
