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

    public init(
        enabled: Set<AlertKind> = AlertKind.defaults, milestones: [Int] = [], entryIntoForceWithinDays: Int = 30,
        signatureClosingWithinDays: Int = 30, instrumentsAfterActionID: Int64 = 0
    ) {
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
