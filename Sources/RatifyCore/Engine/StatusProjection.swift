/// Where a treaty would stand once the hypothetical instruments of
/// `--assume` are deposited: the status on the last of their dates (or on
/// the as-of date, when that is later).
public struct StatusProjection: Equatable, Sendable, Encodable {
    /// The date of the last assumed deposit, or the as-of date if later.
    public var asOf: CivilDate
    /// The assumed actions, in date order.
    public var assumed: [AssumedAction]
    public var counted: Int
    public var remaining: Int
    public var thresholdReachedOn: CivilDate?
    public var entryIntoForce: CivilDate?

    public struct AssumedAction: Equatable, Sendable, Encodable {
        public var state: String
        public var action: ActionKind
        public var date: CivilDate
    }

    enum CodingKeys: String, CodingKey {
        case assumed, counted, remaining
        case asOf = "as_of"
        case thresholdReachedOn = "threshold_reached_on"
        case entryIntoForce = "entry_into_force"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(assumed, forKey: .assumed)
        try c.encode(counted, forKey: .counted)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(thresholdReachedOn, forKey: .thresholdReachedOn)
        try c.encode(entryIntoForce, forKey: .entryIntoForce)
    }
}
