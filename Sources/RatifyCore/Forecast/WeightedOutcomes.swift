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
        /// Breaks ties so that the order never depends on the input's.
        var order: Int
    }

    var outcomes: [Outcome] = []

    /// The weighted quantiles of the draws that reach the threshold: for each
    /// `p`, the first day by which their cumulative weight reaches `p` of theirs.
    func quantiles(_ ps: [Double]) -> [Int]? {
        Self.quantiles(outcomes.compactMap { o in o.day.map { (value: $0, weight: o.weight, order: o.order) } }, ps)
    }

    /// For each `p`, the smallest value whose cumulative weight reaches `p`
    /// of the total; ties in value keep `order`, so the input's order never
    /// matters. Nil when there is no weight.
    static func quantiles(_ values: [(value: Int, weight: Double, order: Int)], _ ps: [Double]) -> [Int]? {
        let sorted = values.sorted { ($0.value, $0.order) < ($1.value, $1.order) }
        let total = sorted.reduce(0) { $0 + $1.weight }
        guard total > 0, let last = sorted.last?.value else { return nil }
        return ps.map { p in
            var cumulative = 0.0
            for item in sorted {
                cumulative += item.weight
                // The tolerance keeps 0.1 × total from missing on binary rounding.
                if cumulative >= p * total * (1 - 1e-12) { return item.value }
            }
            return last
        }
    }

    /// P(reached on or before each of `days`), by the weighted Kaplan–Meier
    /// estimator: a censored draw counts as "not yet" up to its last observed
    /// day and no further, so a reference treaty observed for only a few
    /// years is not read as one that never got there. `transform` maps a
    /// threshold day to the day asked about (the entry into force), keeping order.
    func probabilities(reachedBy days: [Int], mapping transform: (Int) -> Int = { $0 }) -> [Double] {
        // (day, weight, is an event); events before censorings on the same day.
        let points = outcomes.map { o in
            o.day.map { (day: transform($0), weight: o.weight, event: true) }
                ?? (day: transform(o.censoredAfter), weight: o.weight, event: false)
        }.sorted { ($0.day, $0.event ? 0 : 1) < ($1.day, $1.event ? 0 : 1) }
        return days.map { day in
            var atRisk = points.reduce(0) { $0 + $1.weight }
            var survival = 1.0
            var index = 0
            while index < points.count, points[index].day <= day {
                let current = points[index].day
                var events = 0.0
                var leaving = 0.0
                while index < points.count, points[index].day == current {
                    if points[index].event { events += points[index].weight }
                    leaving += points[index].weight
                    index += 1
                }
                if atRisk > 0 { survival *= max(0, 1 - events / atRisk) }
                atRisk -= leaving
            }
            return min(1, max(0, 1 - survival))
        }
    }
}
