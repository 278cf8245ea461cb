/// When a treaty's threshold will be reached and it will enter into force:
/// `ratify forecast`'s answer (docs/cli.md, "forecast").
public struct Forecast: Equatable, Sendable {
    public var treaty: String
    public var title: String
    public var asOf: CivilDate
    /// N of the first count condition, as `status` reports it.
    public var threshold: Int
    /// Instruments counted toward it on `asOf`.
    public var counted: Int
    /// The dates by which the threshold is reached with 10, 50 and 90 per cent
    /// probability, if it is reached; all three the same once it is. Nil when
    /// no date can be forecast (`notes` says why).
    public var thresholdReachedOn: Quantiles?
    /// The entry-into-force steps applied to each of those dates.
    public var entryIntoForce: Quantiles?
    /// The probability of being in force by 31 December of each of the next
    /// three years, counting the chance that the threshold is not reached.
    public var inForceBy: [Probability]
    /// The instruments counted over time, 10/50/90 per cent, from the month
    /// after `asOf` to the one after the threshold's 90 per cent date: the
    /// shaded band of a chart. Empty when the dates are certain or unknown.
    public var countBand: [CountQuantiles]
    /// The threshold was reached on or before `asOf`: the dates are the record's.
    public var isCertain: Bool
    /// Reached on or before `asOf` only through hypothetical instruments
    /// (`--assume`): the dates are certain if they are made, but not the
    /// record's (`isCertain` is false; a note says so).
    public var isSettledByAssumptions: Bool {
        guard !isCertain, let reached = thresholdReachedOn, reached.p10 == reached.p90 else { return false }
        return notes.contains(.thresholdReachedIfAssumed(reached.p50))
    }
    /// A condition could not be forecast: the dates are the earliest the
    /// others allow, and the probabilities at most these.
    public var isLowerBound: Bool
    public var basis: Basis
    /// Plain sentences: what could not be forecast, and the assumptions made.
    public var notes: [ForecastNote]

    public struct Quantiles: Equatable, Sendable {
        public var p10: CivilDate
        public var p50: CivilDate
        public var p90: CivilDate

        public init(p10: CivilDate, p50: CivilDate, p90: CivilDate) {
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
        }

        public static func certain(_ date: CivilDate) -> Quantiles { Quantiles(p10: date, p50: date, p90: date) }

        /// Each date moved by the same monotone steps (the order is kept).
        public func applying(_ steps: [Step]) -> Quantiles {
            Quantiles(p10: steps.apply(to: p10), p50: steps.apply(to: p50), p90: steps.apply(to: p90))
        }
    }

    public struct CountQuantiles: Equatable, Sendable {
        public var date: CivilDate
        public var p10: Int
        public var p50: Int
        public var p90: Int
    }

    public struct Probability: Equatable, Sendable {
        public var date: CivilDate
        /// Between 0 and 1.
        public var probability: Double
    }

    /// What the forecast rests on.
    public struct Basis: Equatable, Sendable {
        /// When the treaty's clock started (opening for signature, else first signature, else first deposit).
        public var openedOn: CivilDate
        public var ageDays: Int
        public var signatories: Int
        /// This treaty's own pace: counted instruments per year since opening.
        public var pacePerYear: Double
        /// Reference histories considered, and how many equally weighted ones
        /// their weights are worth.
        public var referenceTreaties: Int
        public var effectiveReferences: Double
        /// The chance that the threshold is not reached within the longest
        /// span the comparable references cover: what the dates, which
        /// assume it is reached, leave out (Kaplan–Meier over the references,
        /// a young one that had not got there counting as "not yet").
        public var notReachedProbability: Double
        /// The date up to which the reference histories are observed.
        public var observedUntil: CivilDate
        /// The most alike reference treaties, nearest first.
        public var nearest: [Neighbour]
        /// Hypothetical instruments dated after `asOf` that the projection counts from their dates.
        public var assumed: [AssumedDeposit]

        public static func none(openedOn: CivilDate, ageDays: Int, signatories: Int, pacePerYear: Double, observedUntil: CivilDate) -> Basis
        {
            Basis(
                openedOn: openedOn, ageDays: ageDays, signatories: signatories, pacePerYear: pacePerYear,
                referenceTreaties: 0, effectiveReferences: 0, notReachedProbability: 0, observedUntil: observedUntil,
                nearest: [], assumed: [])
        }
    }

    public struct Neighbour: Equatable, Sendable {
        /// The depositary's number, e.g. "18-12".
        public var id: String
        public var title: String
        /// Its share of the reference class's weight, 0...1.
        public var weight: Double
        /// The moment of its history compared: days since its opening, and its instruments then.
        public var ageDays: Int
        public var instruments: Int
        /// How long it then took to reach the threshold's count, if it did within its record.
        public var daysToThreshold: Int?
    }

    public struct AssumedDeposit: Equatable, Sendable {
        public var state: String
        public var action: ActionKind
        public var date: CivilDate
    }
}

extension Forecast: Encodable {
    private enum Key: String, CodingKey {
        case treaty, title, threshold, counted, certain, basis, notes
        case asOf = "as_of"
        case thresholdReachedOn = "threshold_reached_on"
        case entryIntoForce = "entry_into_force"
        case inForceBy = "in_force_by"
        case countBand = "count_band"
        case lowerBound = "lower_bound"
    }

    /// Every contract field is written, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(treaty, forKey: .treaty)
        try c.encode(title, forKey: .title)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(counted, forKey: .counted)
        try c.encode(thresholdReachedOn, forKey: .thresholdReachedOn)
        try c.encode(entryIntoForce, forKey: .entryIntoForce)
        try c.encode(inForceBy, forKey: .inForceBy)
        try c.encode(countBand, forKey: .countBand)
        try c.encode(isCertain, forKey: .certain)
        try c.encode(isLowerBound, forKey: .lowerBound)
        try c.encode(basis, forKey: .basis)
        try c.encode(notes.map(\.description), forKey: .notes)
    }
}

extension Forecast.Quantiles: Encodable {
    private enum Key: String, CodingKey { case p10, p50, p90 }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(p10, forKey: .p10)
        try c.encode(p50, forKey: .p50)
        try c.encode(p90, forKey: .p90)
    }
}

extension Forecast.CountQuantiles: Encodable {
    private enum Key: String, CodingKey { case date, p10, p50, p90 }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(date, forKey: .date)
        try c.encode(p10, forKey: .p10)
        try c.encode(p50, forKey: .p50)
        try c.encode(p90, forKey: .p90)
    }
}

extension Forecast.Probability: Encodable {
    private enum Key: String, CodingKey { case date, probability }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(date, forKey: .date)
        try c.encode(Forecast.rounded(probability, places: 2), forKey: .probability)
    }
}

extension Forecast.Basis: Encodable {
    private enum Key: String, CodingKey {
        case signatories, nearest, assumed
        case openedOn = "opened_on"
        case ageDays = "age_days"
        case pacePerYear = "pace_per_year"
        case referenceTreaties = "reference_treaties"
        case effectiveReferences = "effective_references"
        case notReachedProbability = "not_reached_probability"
        case observedUntil = "observed_until"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(openedOn, forKey: .openedOn)
        try c.encode(ageDays, forKey: .ageDays)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(Forecast.rounded(pacePerYear, places: 1), forKey: .pacePerYear)
        try c.encode(referenceTreaties, forKey: .referenceTreaties)
        try c.encode(Forecast.rounded(effectiveReferences, places: 1), forKey: .effectiveReferences)
        try c.encode(Forecast.rounded(notReachedProbability, places: 2), forKey: .notReachedProbability)
        try c.encode(observedUntil, forKey: .observedUntil)
        try c.encode(nearest, forKey: .nearest)
        try c.encode(assumed, forKey: .assumed)
    }
}

extension Forecast.Neighbour: Encodable {
    private enum Key: String, CodingKey {
        case id, title, weight, instruments
        case ageDays = "age_days"
        case daysToThreshold = "days_to_threshold"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(Forecast.rounded(weight, places: 2), forKey: .weight)
        try c.encode(ageDays, forKey: .ageDays)
        try c.encode(instruments, forKey: .instruments)
        try c.encode(daysToThreshold, forKey: .daysToThreshold)
    }
}

extension Forecast.AssumedDeposit: Encodable {
    private enum Key: String, CodingKey { case state, action, date, assumed }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(state, forKey: .state)
        try c.encode(action, forKey: .action)
        try c.encode(date, forKey: .date)
        try c.encode(true, forKey: .assumed)
    }
}

extension Forecast {
    /// Rounded for output, so that the JSON carries no binary noise (0.31, not 0.31000000000000005).
    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
