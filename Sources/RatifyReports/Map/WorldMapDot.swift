/// A State or territory too small for the map's shapes, drawn as a dot at
/// its capital or main settlement (scripts/reference/map-points.csv gives
/// each one's source).
struct WorldMapDot: Sendable {
    enum Kind: Sendable {
        /// Drawn always, like every State's shape.
        case state
        /// Drawn only when it is a participant: otherwise its sovereign's
        /// status stands for it, and a dot for every island territory would
        /// crowd the Caribbean and the Pacific.
        case territory
    }

    /// ISO 3166-1 alpha-3.
    let code: String
    let name: String
    let kind: Kind
    /// The centre, in the map's viewBox.
    let x: Double
    let y: Double
}
