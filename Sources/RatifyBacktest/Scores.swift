/// The backtest's three measures over all cases.
struct Scores {
    var cases = 0
    var covered = 0
    var modelErrors: [Int] = []
    var linearErrors: [Int] = []
    var referenceErrors: [Int] = []
    var modelIntervalScores: [Double] = []
    var referenceIntervalScores: [Double] = []

    /// Gneiting & Raftery (2007): the width of the central (1 - alpha) interval
    /// plus 2/alpha times the distance by which it misses the real value.
    static func intervalScore(low: Int, high: Int, real: Int, alpha: Double = 0.2) -> Double {
        let miss = max(0, low - real) + max(0, real - high)
        return Double(high - low) + 2 / alpha * Double(miss)
    }

    var coverage: Double { cases > 0 ? Double(covered) / Double(cases) : 0 }
    var modelMedianError: Double { Self.median(modelErrors) }
    var linearMedianError: Double { Self.median(linearErrors) }
    var referenceMedianError: Double { Self.median(referenceErrors) }
    var betterBaselineError: Double { min(linearMedianError, referenceMedianError) }
    var errorRatio: Double { betterBaselineError > 0 ? modelMedianError / betterBaselineError : .infinity }
    var modelIntervalScore: Double { Self.mean(modelIntervalScores) }
    var referenceIntervalScore: Double { Self.mean(referenceIntervalScores) }
    var intervalRatio: Double { referenceIntervalScore > 0 ? modelIntervalScore / referenceIntervalScore : .infinity }

    var coverageHolds: Bool { (0.70...0.90).contains(coverage) }
    var errorHolds: Bool { errorRatio <= 0.6 }
    var intervalHolds: Bool { intervalRatio <= 0.9 }
    var allHold: Bool { cases > 0 && coverageHolds && errorHolds && intervalHolds }

    static func median(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
