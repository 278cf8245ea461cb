import Plot
import RatifyCore

/// The world map of the HTML report: every State as a shape (or, when too
/// small for Natural Earth's 1:110m shapes, a dot) coloured by what it has
/// done as of the report's date; a legend with the count of each state; the
/// participants the map has no place for (the European Union, former
/// States) listed under it with their state; a caption saying the
/// boundaries are illustrative and naming the source.
///
/// The SVG is a string, as `ReportChart`'s (Plot has no SVG DSL and writes
/// attribute values verbatim); the legend and caption are HTML, so that their
/// text keeps its reading size when the map is scaled down to a phone's
/// width. Every text from the caller goes through `HTMLEscaping.escape`. The
/// colours are classes, styled by `WorldMap.stylesheet`, which the page must
/// include. No script: a shape's name and dates are its `<title>` tooltip.
/// Identical input gives identical output.
enum WorldMap {
    /// In viewBox units (1000 wide); the stylesheet enlarges the dots on a phone.
    static let dotRadius = 3.0
    /// Prefix of the ids in the SVG (its title, description and hatching); the
    /// stylesheet refers to the hatching, so a page holds one map.
    static let id = "world-map"

    /// The map, its legend and caption, as a `<figure>` for the page.
    static func figure(_ entries: [WorldMapEntry], labels: WorldMapLabels) -> Node<HTML.BodyContext> {
        let entries = unique(entries)
        let offMap = entries.filter { $0.state != nil && WorldMapShapes.place(of: $0.code) == nil }
        let counts = Dictionary(grouping: entries.compactMap(\.state), by: { $0 }).mapValues(\.count)
        let legend: [WorldMapState?] = [.signed, .bound, .inForce] + (counts[.denounced, default: 0] > 0 ? [.denounced] : []) + [nil]
        return .element(
            named: "figure",
            nodes: [
                .class("world-map"),
                // On a phone the map keeps a readable width and scrolls sideways
                // in this focusable region (keyboard too), as the tables do.
                .div(
                    .class("world-map-scroll"),
                    .attribute(named: "role", value: "region"),
                    .attribute(named: "aria-label", value: HTMLEscaping.escape(labels.title)),
                    .attribute(named: "tabindex", value: "0"),
                    .raw(svg(entries, labels: labels))),
                .ul(
                    .class("world-map-legend"),
                    .attribute(named: "aria-label", value: HTMLEscaping.escape(labels.legend)),
                    .forEach(legend) { state in
                        .li(
                            .raw(swatch(state)),
                            .span(
                                .escaped(labels.label(state)),
                                .unwrap(state) { .span(.class("world-map-count"), .text(" \(counts[$0, default: 0])")) }))
                    }
                ),
                .if(
                    !offMap.isEmpty,
                    .div(
                        .class("world-map-off"),
                        .p(.escaped(labels.offMap)),
                        .ul(
                            .forEach(offMap) { entry in
                                .li(
                                    .raw(swatch(entry.state)),
                                    .span(
                                        .escaped(entry.title + " "),
                                        .span(.class("world-map-count"), .escaped("(" + labels.label(entry.state) + ")"))))
                            })
                    )),
                .element(named: "figcaption", nodes: [.escaped(labels.caption)]),
            ])
    }

    /// The map alone: an inline `<svg>` that scales to its container's width.
    /// A shape or dot is `<path|circle data-state="CODE" class="STATE">` with
    /// a `<title>`: the entry's title, else the State's name. Territory dots,
    /// and the dots over the smallest shapes, are drawn only for participants.
    static func svg(_ entries: [WorldMapEntry], labels: WorldMapLabels) -> String {
        let entries = unique(entries)
        let byCode = Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        func attributes(_ code: String, _ name: String) -> (state: String, title: String) {
            let entry = byCode[code]
            let title = entry?.title ?? ParticipantDirectory.builtIn[code]?.name ?? name
            return (HTMLEscaping.escape(entry?.state?.rawValue ?? "none"), HTMLEscaping.escape(title))
        }

        var svg =
            #"<svg class="world-map-svg" viewBox="0 0 \#(WorldMapShapes.width) \#(WorldMapShapes.height)" role="img""#
            + #" aria-labelledby="\#(id)-title \#(id)-desc">"#
        svg += "\n<title id=\"\(id)-title\">\(HTMLEscaping.escape(labels.title))</title>"
        svg += "\n<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description(entries, labels: labels)))</desc>"
        // Denounced is hatched as well as coloured, so that it stays apart from
        // the blues in greyscale print and for every kind of colour vision.
        svg +=
            "\n<defs><pattern id=\"\(id)-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"5\" height=\"5\" fill=\"#c2410c\"/><rect width=\"1.6\" height=\"5\" fill=\"#ffffff\"/></pattern></defs>"
        svg += "\n<g class=\"world-map-shapes\">"
        for shape in WorldMapShapes.shapes {
            let (state, title) = attributes(shape.code, shape.name)
            svg += "\n<path data-state=\"\(shape.code)\" class=\"\(state)\" d=\"\(shape.path)\"><title>\(title)</title></path>"
        }
        svg += "\n</g>\n<g class=\"world-map-dots\">"
        // A participant whose shape is too small to show its colour gets a dot
        // over it; so does every small State, and a territory that is a participant.
        var dots = WorldMapShapes.shapes.compactMap { shape in
            shape.marker.flatMap { byCode[shape.code]?.state == nil ? nil : (shape.code, shape.name, $0) }
        }
        dots += WorldMapShapes.dots.filter { $0.kind == .state || byCode[$0.code]?.state != nil }
            .map { ($0.code, $0.name, WorldMapPoint(x: $0.x, y: $0.y)) }
        for (code, name, point) in dots {
            let (state, title) = attributes(code, name)
            svg +=
                "\n<circle data-state=\"\(code)\" class=\"\(state)\" cx=\"\(ReportChart.number(point.x))\" cy=\"\(ReportChart.number(point.y))\""
                + " r=\"\(ReportChart.number(dotRadius))\"><title>\(title)</title></circle>"
        }
        svg += "\n</g>\n</svg>"
        return svg
    }

    /// The map in words, for the SVG's `<desc>`: the count of each state, and
    /// who is not on the map.
    static func description(_ entries: [WorldMapEntry], labels: WorldMapLabels) -> String {
        let states = entries.compactMap(\.state)
        var parts = WorldMapState.allCases.compactMap { state -> String? in
            let count = states.filter { $0 == state }.count
            return count > 0 || state != .denounced ? "\(labels.label(state)): \(count)" : nil
        }
        let offMap = entries.filter { $0.state != nil && WorldMapShapes.place(of: $0.code) == nil }
        if !offMap.isEmpty {
            parts.append(labels.offMap + " " + offMap.map(\.title).joined(separator: "; "))
        }
        return parts.joined(separator: ". ") + "."
    }

    /// A legend key: a small SVG square of the state's class (so it takes the
    /// map's fill, hatching included, and prints as the map does).
    static func swatch(_ state: WorldMapState?) -> String {
        #"<svg class="world-map-swatch" viewBox="0 0 16 12" aria-hidden="true" focusable="false">"#
            + #"<rect class="\#(state?.rawValue ?? "none")" x=".5" y=".5" width="15" height="11"/></svg>"#
    }

    /// One entry per code, the first given, in code order.
    static func unique(_ entries: [WorldMapEntry]) -> [WorldMapEntry] {
        var seen = Set<String>()
        return entries.filter { seen.insert($0.code).inserted }.sorted { $0.code < $1.code }
    }
}
