/// Where a treaty stands on a date: every fixed field of `status --json`
/// (docs/cli.md) plus additive extras.
public struct TreatyStatus: Equatable, Sendable {
    public var treaty: String
    public var title: String
    public var asOf: CivilDate
    /// N of the first count condition.
    public var threshold: Int
    /// Signed on or before `asOf`.
    public var signatories: Int
    /// Instruments of consent in effect on `asOf`, REIOs included.
    public var instruments: Int
    /// Of those, the ones that count toward the threshold.
    public var counted: Int
    public var remaining: Int { max(0, threshold - counted) }
    /// The deposit date on which all conditions first held, when on or before `asOf`.
    public var thresholdReachedOn: CivilDate?
    public var entryIntoForce: CivilDate?
    public var inForce: Bool { entryIntoForce.map { $0 <= asOf } ?? false }
    /// Each condition's progress on `asOf`.
    public var conditions: [ConditionProgress]
    /// Until the threshold is reached: the earliest entry into force, were
    /// every missing instrument deposited on `earliestDepositOn`.
    public var earliestEntryIntoForce: CivilDate?
    /// The first day a missing instrument could be deposited: `asOf`, or
    /// the opening for signature when that is later. Nil once the threshold is reached.
    public var earliestDepositOn: CivilDate? = nil
    /// Every participant with an action on or before `asOf`, sorted by code.
    public var participants: [ParticipantStatus]
    /// With hypothetical instruments (`--assume`) dated after `asOf`: where
    /// the treaty would stand once they are deposited. Written only then.
    public var projection: StatusProjection? = nil
}

extension TreatyStatus: Encodable {
    private enum Key: String, CodingKey {
        case treaty, title
        case asOf = "as_of"
        case threshold, signatories, instruments, counted, remaining
        case thresholdReachedOn = "threshold_reached_on"
        case entryIntoForce = "entry_into_force"
        case inForce = "in_force"
        case earliestEntryIntoForce = "earliest_entry_into_force"
        case conditions, participants, projection
    }

    /// Every contract field is written, `null` included (a synthesized
    /// encoder would drop nil fields).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(treaty, forKey: .treaty)
        try c.encode(title, forKey: .title)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(instruments, forKey: .instruments)
        try c.encode(counted, forKey: .counted)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(thresholdReachedOn, forKey: .thresholdReachedOn)
        try c.encode(entryIntoForce, forKey: .entryIntoForce)
        try c.encode(inForce, forKey: .inForce)
        try c.encode(earliestEntryIntoForce, forKey: .earliestEntryIntoForce)
        try c.encode(conditions, forKey: .conditions)
        try c.encode(participants, forKey: .participants)
        try c.encodeIfPresent(projection, forKey: .projection)
    }
}
