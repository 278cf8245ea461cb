/// The projected days on which the threshold is reached, one per draw, each
/// with its weight; a draw that does not reach it within its reference's
/// record is censored on the last day that record covers.
struct WeightedOutcomes {
    struct Outcome {
        /// The day number the conditions first hold, or nil when censored.
        var day: Int?
        /// For a censored draw: the last day it was observed not to hold.
        var censoredAfter: Int
        var weight: Double
        /// The index of its reference moment in the reference class's analogs.
        var analog: Int
        /// Breaks ties so that the order never depends on the input's.
        var order: Int
    }

    var outcomes: [Outcome] = []

    /// P(reached on or before each day on which a draw reaches the
    /// threshold), by the weighted Kaplan–Meier estimator: a censored draw
    /// counts as "not yet" up to its last observed day and no further, so a
    /// reference treaty observed for only a few years is not read as one
    /// that never got there. Ascending days, non-decreasing probabilities.
    func kaplanMeier() -> [(day: Int, reached: Double)] {
        // (day, weight, is an event); events before censorings on the same day.
        let points = outcomes.map { o in
            o.day.map { (day: $0, weight: o.weight, event: true) } ?? (day: o.censoredAfter, weight: o.weight, event: false)
        }.sorted { ($0.day, $0.event ? 0 : 1) < ($1.day, $1.event ? 0 : 1) }
        var steps: [(day: Int, reached: Double)] = []
        var atRisk = points.reduce(0) { $0 + $1.weight }
        var survival = 1.0
        var index = 0
        while index < points.count {
            let current = points[index].day
            var events = 0.0
            var leaving = 0.0
            while index < points.count, points[index].day == current {
                if points[index].event { events += points[index].weight }
                leaving += points[index].weight
                index += 1
            }
            if events > 0, atRisk > 0 {
                survival *= max(0, 1 - events / atRisk)
                steps.append((current, min(1, max(0, 1 - survival))))
            }
            atRisk -= leaving
        }
        return steps
    }
}
