/// Projects one draw: this treaty's future deposits paced as one reference
/// treaty's were after its matched moment, together with the assumed deposits
/// on their own dates, until every forecastable condition holds.
struct ThresholdProjection {
    /// The conditions the forecast follows, with what is counted on as-of.
    let counter: ConditionCounter
    let asOf: Int
    let counted: Int
    let target: Int
    /// Hypothetical instruments dated after as-of, by day, with the groups of their participants.
    let assumed: [(day: Int, groups: [Int])]
    let observedUntil: Int

    /// The day every condition first holds, or nil and the last day the
    /// draw covers. `order` says who deposits the projected instruments, in
    /// turn; nil when no condition asks who.
    func outcome(of analog: ReferenceClass.Analog, order: DepositorPool.Order?) -> (day: Int?, censoredAfter: Int) {
        let censoredAfter = asOf + Self.stretched(observedUntil - analog.matchedDay, by: analog.stretch)
        var counter = counter
        var order = order
        var next = 1  // the next projected deposit, 1-based
        var nextAssumed = 0
        var upcoming = projectedDay(next, of: analog)
        while true {
            let assumedDay = nextAssumed < assumed.count ? assumed[nextAssumed].day : nil
            guard let day = Self.earlier(upcoming, assumedDay) else { return (nil, censoredAfter) }
            while nextAssumed < assumed.count, assumed[nextAssumed].day == day {
                counter.add(inGroups: assumed[nextAssumed].groups)
                nextAssumed += 1
            }
            while let projected = upcoming, projected == day {
                counter.add(inGroups: order?.next() ?? [])
                next += 1
                upcoming = projectedDay(next, of: analog)
            }
            if counter.allHold { return (day, censoredAfter) }
        }
    }

    /// The day of the `j`-th projected deposit (1-based), if the reference's
    /// record goes that far: the reference's deposit that covers the same
    /// share of its own remaining way (j / this treaty's remaining count),
    /// stretched.
    func projectedDay(_ j: Int, of analog: ReferenceClass.Analog) -> Int? {
        let ourGap = target - counted
        let theirGap = target - analog.matchedCount
        let index = analog.matchedCount + (j * theirGap + ourGap - 1) / ourGap
        guard let day = analog.history.dayOfInstrument(index) else { return nil }
        // Strictly after as-of: what is on record by then is already counted.
        return asOf + max(1, Self.stretched(day - analog.matchedDay, by: analog.stretch))
    }

    /// The instruments counted on each of `days` (ascending) in this draw:
    /// those counted on as-of, the assumed ones and the projected ones dated
    /// by then, up to the threshold's count. After the reference's record
    /// ends the count stays where it was: a lower bound. Past the threshold
    /// the projection says nothing (it maps this treaty's way to the
    /// threshold onto the reference's, and a reference matched close to its
    /// own threshold would otherwise bunch many deposits after it).
    func counts(of analog: ReferenceClass.Analog, on days: [Int]) -> [Int] {
        var result: [Int] = []
        var projected = 0
        var assumedSoFar = 0
        for day in days {
            while assumedSoFar < assumed.count, assumed[assumedSoFar].day <= day { assumedSoFar += 1 }
            while let next = projectedDay(projected + 1, of: analog), next <= day { projected += 1 }
            result.append(min(counted + assumedSoFar + projected, max(target, counted + assumedSoFar)))
        }
        return result
    }

    static func earlier(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func stretched(_ days: Int, by factor: Double) -> Int {
        Int((Double(days) * factor).rounded())
    }
}
