/// The world map's words, in the page's language: the legend, the list of
/// participants that are not on the map, the caption, the image's title.
struct WorldMapLabels: Sendable, Equatable {
    /// The image's accessible name.
    var title: String
    var signed: String
    var bound: String
    var inForce: String
    var denounced: String
    /// A State with no action.
    var none: String
    /// The legend's accessible name.
    var legend: String
    /// Heads the participants that have no place on the map (the European Union, former States).
    var offMap: String
    /// Says the boundaries are illustrative, and the source.
    var caption: String

    func label(_ state: WorldMapState?) -> String {
        switch state {
        case .signed: signed
        case .bound: bound
        case .inForce: inForce
        case .denounced: denounced
        case nil: none
        }
    }

    static let english = WorldMapLabels(
        title: "Where each State stands, on a world map",
        signed: "Signed",
        bound: "Ratified, accepted, approved or acceded",
        inForce: "In force",
        denounced: "Denounced",
        none: "No action",
        legend: "Map legend",
        offMap: "Not on the map:",
        caption: "Boundaries and names on this map are illustrative and imply no opinion on the status of any "
            + "country or territory or on its borders. States too small to see are shown as dots. "
            + "Map data: Natural Earth (public domain).")

    // The Vietnamese labels are with every other Vietnamese word, in
    // Language/ReportStrings+Vietnamese.swift.
}
