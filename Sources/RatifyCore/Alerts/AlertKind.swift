/// The kinds of event `ratify alert` tells about. The first two are fixed by
/// CONTRACT.md and on by default; the others are enabled per database.
public enum AlertKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// The instrument that completes the conditions is on record.
    case thresholdReached = "threshold-reached"
    /// The as-of date is on or after the entry-into-force date.
    case enteredIntoForce = "entered-into-force"
    /// Each new instrument of consent.
    case instrument
    /// The counted instruments reached one of the configured counts.
    case milestone
    /// Entry into force is within the configured number of days.
    case entryIntoForceSoon = "entry-into-force-soon"
    /// The signature period closes within the configured number of days.
    case signatureClosing = "signature-closing"

    public static let defaults: Set<AlertKind> = [.thresholdReached, .enteredIntoForce]

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which alerts a database wants, and their parameters.
public struct AlertConfig: Equatable, Sendable, Codable {
    public var enabled: Set<AlertKind>
    /// Counts for `milestone`, e.g. [30, 35, 39].
    public var milestones: [Int]
    /// Days ahead for `entry-into-force-soon`.
    public var entryIntoForceWithinDays: Int
    /// Days ahead for `signature-closing`.
    public var signatureClosingWithinDays: Int
    /// `instrument` alerts only for actions recorded after this id (the record
    /// when the kind was enabled), so enabling it does not replay history.
    public var instrumentsAfterActionID: Int64

    public init(enabled: Set<AlertKind> = AlertKind.defaults, milestones: [Int] = [], entryIntoForceWithinDays: Int = 30,
                signatureClosingWithinDays: Int = 30, instrumentsAfterActionID: Int64 = 0) {
        self.enabled = enabled
        self.milestones = milestones
        self.entryIntoForceWithinDays = entryIntoForceWithinDays
        self.signatureClosingWithinDays = signatureClosingWithinDays
        self.instrumentsAfterActionID = instrumentsAfterActionID
    }

    enum CodingKeys: String, CodingKey {
        case enabled, milestones
        case entryIntoForceWithinDays = "entry_into_force_within_days"
        case signatureClosingWithinDays = "signature_closing_within_days"
        case instrumentsAfterActionID = "instruments_after_action_id"
    }
}

/// Something worth telling, identified by (treaty, kind, key) so that it is
/// told once however many runs see it.
public struct AlertEvent: Equatable, Sendable {
    public var kind: AlertKind
    public var treaty: String
    /// What makes this event unique within its kind (a date, a count, an action id).
    public var key: String
    /// The date the event is about.
    public var date: CivilDate
    public var message: String
}
