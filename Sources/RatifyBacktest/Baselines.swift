import RatifyCore

/// The two baselines the issue names, computed from the same references as
/// the model's forecast (the held-out treaty excluded).
enum Baselines {
    /// Linear extrapolation of the pace so far: the instruments per day since
    /// the first signature, carried on to N. With no instrument yet the pace
    /// is taken as one instrument over that time, which favours the baseline
    /// (with none it would never get there).
    static func linear(_ testCase: BacktestCase) -> Int {
        let age = Double(max(1, testCase.age))
        let pace = Double(max(1, testCase.instrumentsAtCut)) / age
        let remaining = Double(testCase.threshold - testCase.instrumentsAtCut)
        return testCase.cut.dayNumber + Int((remaining / pace).rounded())
    }

    /// The reference class: the time from first signature to the N-th
    /// instrument of the other treaties still short of N at that age (those
    /// that reached N within their record), as a 10/50/90 per cent interval
    /// from this treaty's own opening.
    static func referenceClass(_ testCase: BacktestCase, references: ReferenceHistories) -> (p10: Int, p50: Int, p90: Int)? {
        let n = testCase.threshold
        let times = references.histories.compactMap { history -> Int? in
            guard let reached = history.dayOfInstrument(n),
                history.instruments(onOrBefore: Int(history.openedDay) + testCase.age) < n
            else { return nil }
            return reached - Int(history.openedDay)
        }.sorted()
        guard !times.isEmpty else { return nil }
        let opened = testCase.opened.dayNumber
        return (opened + quantile(times, 0.1), opened + quantile(times, 0.5), opened + quantile(times, 0.9))
    }

    /// The smallest value whose share of the sorted values reaches `p`, the
    /// definition the model's weighted quantiles use.
    static func quantile(_ sorted: [Int], _ p: Double) -> Int {
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}
