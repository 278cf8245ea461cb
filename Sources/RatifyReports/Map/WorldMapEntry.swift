/// One participant (or a non-participant to name) for the world map.
struct WorldMapEntry: Sendable, Equatable {
    /// ISO 3166-1 alpha-3, `EUU`, or any other participant code; a code the
    /// map has no place for is listed under the map.
    var code: String
    /// Nil for a State that has taken no action: its shape is drawn as such,
    /// with `title` (so the caller can name every State in the page's language).
    var state: WorldMapState?
    /// The tooltip: the name and dates, written by the caller in the page's
    /// language ("Viet Nam: signed 25 Oct 2025, ratified 1 Jun 2026").
    var title: String
}
