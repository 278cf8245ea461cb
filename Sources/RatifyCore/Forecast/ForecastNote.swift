/// What a forecast says about itself: what it could not forecast, and the
/// assumptions it made. Named values, so that a report can word them in its
/// own language; `description` is the English (and the JSON's) wording.
public enum ForecastNote: Equatable, Sendable, CustomStringConvertible {
    /// The threshold was reached on this date: the dates are the record's.
    case thresholdReached(CivilDate)
    /// Hypothetical instruments (`--assume`) make every condition hold on
    /// this date without the record's or projected ones: the dates hold if they are made.
    case thresholdReachedIfAssumed(CivilDate)
    /// As-of is before the opening for signature on this date: the forecast starts from it.
    case notYetOpen(opens: CivilDate)
    /// Signatures and denunciations dated after the as-of date play no part.
    case onlyInstrumentsProjected(after: CivilDate)
    case onlyShareLeft
    case allButShareHold
    /// Older than any reference treaty was while still short of the count, at this many years.
    case olderThanEveryReference(years: Int)
    /// A group condition: the participants not yet bound deposit in random order, signatories first.
    case groupOrderAssumed
    case noComparableReference
    /// None of the comparable references reached this many instruments.
    case neverReachedByReferences(target: Int)
    /// A weighted-share condition cannot be forecast: the dates are a lower bound.
    case shareNotForecast(share: Double, weight: String)

    public var description: String {
        switch self {
        case .thresholdReached(let date):
            "The threshold was reached on \(date): the dates are the record's, not a forecast."
        case .thresholdReachedIfAssumed(let date):
            "If the assumed deposits are made, the threshold is reached on \(date) at the latest: the dates rest on them, not on the record alone."
        case .notYetOpen(let opens):
            "The treaty is not yet open for signature: it opens on \(opens). The forecast counts from that day, as if made then; there is no pace of its own yet."
        case .onlyInstrumentsProjected(let asOf):
            "Signatures and denunciations dated after \(asOf) are not part of the forecast; only instruments of consent are projected from their dates."
        case .onlyShareLeft:
            "No condition but a weighted share is left to hold: no date can be forecast."
        case .allButShareHold:
            "Every condition but the weighted share already holds: no date can be forecast."
        case .olderThanEveryReference(let years):
            "At \(years) years since opening, the treaty is older than any reference treaty was while still short of this count: it is compared with the reference treaties at their latest such moments, so the band is wide."
        case .groupOrderAssumed:
            "For a condition on a named group, the participants not yet bound that can still deposit (signatories, current States and regional economic integration organizations whose instruments count; no former State, territory or other organization) are taken to deposit in random order, signatories first."
        case .noComparableReference:
            "No reference history is comparable: no date can be forecast."
        case .neverReachedByReferences(let target):
            "None of the comparable reference treaties reached \(target) instruments within its record: no date can be forecast."
        case .shareNotForecast(let share, let weight):
            "The condition that parties hold \(Self.percent(share)) of the '\(weight)' weights cannot be forecast: it depends on which participants deposit, which the reference histories do not tell. "
                + "The dates are those of the other conditions, so entry into force is no earlier; the probabilities are at most these."
        }
    }

    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
