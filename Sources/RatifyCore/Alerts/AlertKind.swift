/// The kinds of event `ratify alert` tells about. The first two are fixed by
/// docs/cli.md and on by default; the others are enabled per database.
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
