// The C library's log and exp: the core does without Foundation here.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reference treaties, each at the moment of its history that looks most
/// like where this treaty stands (instruments, signatures, age since opening,
/// era), weighted by how alike they are.
///
/// A reference's remaining way to the target is carried over stretched: if it
/// had 5 of 40 to go where this treaty has 29, its later deposits are spread
/// 29/5 times as far apart, each standing for 29/5 of this treaty's, so that
/// its 40th falls where this treaty's 40th would. The pace so far enters
/// through the instruments and the age they took.
struct ReferenceClass {
    struct Analog {
        var history: ReferenceHistory
        /// Normalized: the weights sum to 1.
        var weight: Double
        /// The reference moment: a day of the reference's own history.
        var matchedDay: Int
        var matchedAge: Int
        var matchedCount: Int
        /// This treaty's remaining count over the reference's then.
        var stretch: Double
    }

    /// The draws: each reference's moments, weighted; all weights sum to 1.
    private(set) var analogs: [Analog] = []
    /// Each reference once, at its most alike moment, with its whole weight.
    private(set) var references: [Analog] = []
    /// (Σw)² / Σw² over the references: how many equally weighted ones the class is worth.
    private(set) var effectiveSize = 0.0
    /// This treaty is older than any reference treaty was while still short
    /// of the target count (the latest moment a reference offers).
    private(set) var olderThanEveryReference = false
    let referenceCount: Int

    init(position: TreatyPosition, references: ReferenceHistories, parameters: ForecastParameters) {
        referenceCount = references.histories.count
        let target = position.target
        let step = max(1, parameters.stepDays)
        let observedUntil = references.observedUntil.dayNumber
        let logCounted = log1p(Double(position.counted))
        let logSigned = log1p(Double(position.signatories))
        let logAge = log(Double(position.age))
        let openedYear = Double(position.opened.dayNumber) / 365.25

        // Logarithms looked up, not recomputed for every step of every history.
        let longestCount = references.histories.map { max($0.instrumentDays.count, $0.signatureDays.count) }.max() ?? 0
        let logCounts = (0...longestCount).map { log1p(Double($0)) }
        var logAges: [Double] = [0]

        var longest = 0
        var found: [(moments: [Analog], logWeight: Double)] = []
        // One buffer for every history's moments, reused.
        var moments: [(distance: Double, age: Int, count: Int)] = []
        moments.reserveCapacity(2048)
        for history in references.histories {
            let opened = Int(history.openedDay)
            moments.removeAll(keepingCapacity: true)
            // Walk the history a step at a time; the two counts only grow, so
            // each advances its own cursor instead of searching anew.
            var instruments = 0
            var signatures = 0
            var steps = 1
            while opened + steps * step <= observedUntil {
                let age = steps * step
                if steps == logAges.count { logAges.append(log(Double(age))) }
                let day = opened + age
                while instruments < history.instrumentDays.count, Int(history.instrumentDays[instruments]) <= day { instruments += 1 }
                if instruments >= target { break }
                while signatures < history.signatureDays.count, Int(history.signatureDays[signatures]) <= day { signatures += 1 }
                let d =
                    Self.square((logCounted - logCounts[instruments]) / parameters.instruments)
                    + Self.square((logSigned - logCounts[signatures]) / parameters.signatures)
                    + Self.square((logAge - logAges[steps]) / parameters.age)
                moments.append((d, age, instruments))
                steps += 1
            }
            longest = max(longest, moments.last?.age ?? 0)
            guard let bestIndex = moments.indices.min(by: { moments[$0].distance < moments[$1].distance }) else { continue }
            let best = moments[bestIndex]
            let era = (openedYear - Double(opened) / 365.25) / parameters.eraYears
            let distance = best.distance + era * era
            // The moments around the best share its weight by how alike they
            // are, so that one day's batch of deposits in the reference does
            // not land on one day here.
            let spread = max(0, parameters.momentSpread)
            let near = moments[max(0, bestIndex - spread)...min(moments.count - 1, bestIndex + spread)]
            let shares = near.map { exp(-($0.distance - best.distance) / 2) }
            let total = shares.reduce(0, +)
            let analogs = zip(near, shares).map { moment, share in
                Analog(
                    history: history, weight: share / total, matchedDay: opened + moment.age, matchedAge: moment.age,
                    matchedCount: moment.count,
                    stretch: Double(target - position.counted) / Double(target - moment.count))
            }
            found.append((analogs, -distance / 2))
        }
        olderThanEveryReference = referenceCount > 0 && position.age > longest

        // Weights relative to the nearest, so that a treaty unlike every
        // reference (far older, far larger) still gets its nearest ones
        // instead of weights that all underflow to zero. Where the nearest
        // are few, every bandwidth widens alike (which moves no reference's
        // matched moment) until the class is worth `minimumEffective`
        // references: a band drawn from two or three treaties is too sure
        // of itself.
        guard let top = found.map(\.logWeight).max() else { return }
        let wanted = min(parameters.minimumEffective, Double(found.count))
        var widening = 1.0
        var weights = Self.weights(found.map(\.logWeight), top: top, widening: widening)
        while Self.effectiveSize(weights) < wanted, widening < 64 {
            widening *= 1.25
            weights = Self.weights(found.map(\.logWeight), top: top, widening: widening)
        }
        let total = weights.reduce(0, +)
        var analogs: [Analog] = []
        var nearest: [Analog] = []
        for (item, weight) in zip(found, weights) where weight / total > 1e-12 {
            for var moment in item.moments {
                moment.weight *= weight / total
                analogs.append(moment)
            }
            var best = item.moments.max { $0.weight < $1.weight }!
            best.weight = weight / total
            nearest.append(best)
        }
        self.analogs = analogs
        self.references = nearest
        effectiveSize = Self.effectiveSize(nearest.map(\.weight))
    }

    /// exp((logWeight - top) / widening²): the distances divided by the
    /// widened bandwidths, squared.
    private static func weights(_ logWeights: [Double], top: Double, widening: Double) -> [Double] {
        logWeights.map { exp(($0 - top) / (widening * widening)) }
    }

    private static func effectiveSize(_ weights: [Double]) -> Double {
        let sum = weights.reduce(0, +)
        let squares = weights.reduce(0) { $0 + $1 * $1 }
        return squares > 0 ? sum * sum / squares : 0
    }

    /// (Σw)² / Σw²: how many equally weighted references the class is worth.

    private static func square(_ x: Double) -> Double { x * x }
}
