/// The one distribution a forecast reads everything from: its 10/50/90 per
/// cent dates, its chances of being in force by a date and its chance of
/// never getting there. A mass `notReached` on "not within the span the
/// references cover" (the weighted Kaplan–Meier estimator, which counts a
/// draw that had not got there by the end of its reference's record as "not
/// yet", not as "never"), and the rest spread over the days the draws that
/// get there reach the threshold, by their weights. (Spreading the rest by
/// Kaplan–Meier too moves weight to the slowest draws: the backtest's median
/// error then misses its aim, 0.63 of the baseline.) The dates are its
/// quantiles given that the threshold is reached, so the chance of being in force by the 90 per cent date is at
/// least 0.9 × (1 − notReached), and before the 10 per cent date under 0.1 ×
/// (1 − notReached): the two can never contradict each other.
struct ReachDistribution {
    /// The days on which draws reach the threshold, ascending.
    let days: [Int]
    /// P(reached by `days[i]` | reached), non-decreasing, the last 1.
    let cumulative: [Double]
    /// The chance of not reaching the threshold within the span the references cover.
    var notReached: Double

    /// Nil when no draw reaches the threshold.
    init?(_ outcomes: WeightedOutcomes) {
        let reached = outcomes.outcomes.compactMap { o in o.day.map { (day: $0, weight: o.weight) } }.sorted { $0.day < $1.day }
        let total = reached.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        var days: [Int] = []
        var cumulative: [Double] = []
        var sum = 0.0
        for draw in reached {
            sum += draw.weight
            if days.last == draw.day {
                cumulative[cumulative.count - 1] = min(1, sum / total)
            } else {
                days.append(draw.day)
                cumulative.append(min(1, sum / total))
            }
        }
        self.days = days
        self.cumulative = cumulative
        notReached = 1 - (outcomes.kaplanMeier().last?.reached ?? 0)
    }

    /// The first day by which the threshold is reached with probability `p`, given that it is.
    func quantile(_ p: Double) -> Int {
        // The tolerance keeps 0.1 × 1 from missing on binary rounding.
        days[cumulative.firstIndex { $0 >= p * (1 - 1e-12) } ?? days.count - 1]
    }

    /// P(the threshold reached and `transform` of its day on or before `day`),
    /// `transform` monotone (the entry-into-force steps).
    func probability(by day: Int, mapping transform: (Int) -> Int = { $0 }) -> Double {
        guard let last = days.lastIndex(where: { transform($0) <= day }) else { return 0 }
        return (1 - notReached) * cumulative[last]
    }
}
