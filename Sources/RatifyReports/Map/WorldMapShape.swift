/// A country the world map draws as a shape: its code, a name to show when
/// the report gives none, and its outline as SVG path data in the map's
/// viewBox (`WorldMapShapes.width` by `WorldMapShapes.height`).
struct WorldMapShape: Sendable {
    /// ISO 3166-1 alpha-3; XKX for Kosovo, which ISO 3166-1 does not list.
    let code: String
    let name: String
    let path: String
    /// For a shape too small to show its colour (Luxembourg, Qatar, ...): a
    /// point inside it, where a participant's shape also gets a dot.
    let marker: WorldMapPoint?
}
