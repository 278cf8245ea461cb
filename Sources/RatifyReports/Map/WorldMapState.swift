import RatifyCore

/// What a participant has done as of the report's date, as the world map
/// colours it; the raw value is the CSS class of its shape or dot.
enum WorldMapState: String, Sendable, CaseIterable {
    /// Signed, no instrument of consent in effect.
    case signed
    /// An instrument of consent (ratification, acceptance, approval,
    /// accession) in effect; the treaty not yet in force for it.
    case bound
    /// The treaty is in force for it.
    case inForce = "in-force"
    /// It has denounced the treaty (whether or not the denunciation has yet
    /// taken effect).
    case denounced

    /// The state of a participant in a `TreatyStatus` on `asOf`: the furthest
    /// step it has reached, a denunciation above all.
    init?(_ participant: ParticipantStatus, asOf: CivilDate) {
        if participant.denunciation != nil {
            self = .denounced
        } else if let date = participant.inForceFor, date <= asOf {
            self = .inForce
        } else if participant.consent != nil {
            self = .bound
        } else if participant.signature != nil {
            self = .signed
        } else {
            return nil
        }
    }
}
