/// A point in the world map's viewBox.
struct WorldMapPoint: Sendable, Equatable {
    let x: Double
    let y: Double
}
