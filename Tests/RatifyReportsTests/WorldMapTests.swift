import Foundation
import Testing

@testable import RatifyCore
@testable import RatifyReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The world map of the HTML report: every State has a place on it, each
/// participant's shape says what it has done, text is escaped, the SVG is
/// well-formed and small enough for the page's 400 KB.
@Suite struct WorldMapTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// Participants in every state, two of them too small for a shape (Tuvalu,
    /// Malta), one with a very small shape (Luxembourg), a territory (Bermuda),
    /// the European Union and a former State.
    static let entries = [
        WorldMapEntry(code: "VNM", state: .bound, title: "Viet Nam: signed 25 Oct 2025, ratified 1 Jun 2026"),
        WorldMapEntry(code: "FRA", state: .inForce, title: "France: in force from 1 Sep 2026"),
        WorldMapEntry(code: "DEU", state: .signed, title: "Germany: signed 25 Oct 2025"),
        WorldMapEntry(code: "NOR", state: .denounced, title: "Norway: denounced 1 Jan 2027"),
        WorldMapEntry(code: "TUV", state: .signed, title: "Tuvalu: signed 26 Oct 2025"),
        WorldMapEntry(code: "MLT", state: nil, title: "Malta"),
        WorldMapEntry(code: "LUX", state: .bound, title: "Luxembourg: ratified 3 Mar 2026"),
        WorldMapEntry(code: "BMU", state: .bound, title: "Bermuda: accession 2 Feb 2026"),
        WorldMapEntry(code: "EUU", state: .bound, title: "European Union: approval 1 Feb 2026"),
        WorldMapEntry(code: "SUN", state: .signed, title: "Union of Soviet Socialist Republics: signed 1 Jan 1990"),
    ]

    // MARK: Every State has a place

    @Test func everyISOCodeHasAShapeOrADot() {
        #expect(WorldMapShapes.isoCodes.count == 249)
        let unplaced = WorldMapShapes.isoCodes.filter { WorldMapShapes.place(of: $0) == nil && WorldMapShapes.offMap[$0] == nil }
        #expect(unplaced.isEmpty, "no shape and no dot: \(unplaced)")
        // Antarctica alone is left off: the map is cropped at 60 degrees south.
        #expect(Array(WorldMapShapes.offMap.keys) == ["ATA"])
        // No code is both a shape and a dot, and every place is an ISO code (or Kosovo's XKX).
        let shapeCodes = Set(WorldMapShapes.shapes.map(\.code))
        let dotCodes = Set(WorldMapShapes.dots.map(\.code))
        #expect(shapeCodes.isDisjoint(with: dotCodes))
        #expect(shapeCodes.union(dotCodes).subtracting(WorldMapShapes.isoCodes) == ["XKX"])
    }

    /// Every State and territory of the reference data has a shape or a dot,
    /// but Antarctica (the map is cropped at 60 degrees south) and the former
    /// territories (ISO 3166-3: Netherlands Antilles, Sikkim); they, REIOs,
    /// organizations and former States are listed under the map instead.
    @Test func everyStateAndTerritoryInTheReferenceDataHasAPlace() {
        let places = ParticipantDirectory.builtIn.participants.filter { $0.kind == .state || $0.kind == .territory }
        let unplaced = places.map(\.code).filter { WorldMapShapes.place(of: $0) == nil }
        #expect(unplaced == ["ANT", "ATA", "SKM"])
        let others = ParticipantDirectory.builtIn.participants.filter { !($0.kind == .state || $0.kind == .territory) }
        #expect(others.contains { $0.code == "EUU" } && others.allSatisfy { WorldMapShapes.place(of: $0.code) == nil })
        // The small States the 1:110m shapes omit are dots, drawn with no action recorded.
        let svg = WorldMap.svg([], labels: .english)
        for code in ["TUV", "NRU", "PLW", "MUS", "SGP", "MLT", "MDV", "VAT", "COK", "NIU"] {
            #expect(svg.contains("<circle data-state=\"\(code)\" class=\"none\""), "\(code)")
        }
        // France and Norway have their codes (Natural Earth marks them -99).
        #expect(svg.contains("<path data-state=\"FRA\"") && svg.contains("<path data-state=\"NOR\""))
    }

    @Test func dotsAndShapesLieInsideTheViewBox() {
        for dot in WorldMapShapes.dots {
            #expect(
                dot.x >= 0 && dot.x <= Double(WorldMapShapes.width) && dot.y >= 0 && dot.y <= Double(WorldMapShapes.height), "\(dot.code)")
        }
        for shape in WorldMapShapes.shapes {
            #expect(shape.path.hasPrefix("M") && shape.path.hasSuffix("z"), "\(shape.code)")
        }
    }

    // MARK: What each shape says

    @Test func eachParticipantsShapeCarriesItsCodeStateAndTitle() {
        let svg = WorldMap.svg(Self.entries, labels: .english)
        func element(_ code: String) -> Substring? {
            guard let start = svg.range(of: "data-state=\"\(code)\"") else { return nil }
            let end = svg[start.upperBound...].range(of: "</title>")!.upperBound
            return svg[start.lowerBound..<end]
        }
        #expect(element("VNM")?.contains("class=\"bound\"") == true)
        #expect(element("VNM")?.hasSuffix("<title>Viet Nam: signed 25 Oct 2025, ratified 1 Jun 2026</title>") == true)
        #expect(element("FRA")?.contains("class=\"in-force\"") == true)
        #expect(element("DEU")?.contains("class=\"signed\"") == true)
        #expect(element("NOR")?.contains("class=\"denounced\"") == true)
        // A State with no entry: no action, its name as title.
        #expect(element("BRA")?.contains("class=\"none\"") == true)
        #expect(element("BRA")?.hasSuffix("<title>Brazil</title>") == true)
        // A small State is a dot with the same attributes; a participant territory too.
        #expect(svg.contains("<circle data-state=\"TUV\" class=\"signed\""))
        #expect(svg.contains("<circle data-state=\"MLT\" class=\"none\""))
        #expect(svg.contains("<circle data-state=\"BMU\" class=\"bound\""))
        // A participant with a very small shape gets a dot over it too; a non-participant does not.
        #expect(element("LUX")?.hasPrefix("data-state=\"LUX\" class=\"bound\" d=\"M") == true)
        #expect(svg.contains("<circle data-state=\"LUX\" class=\"bound\""))
        #expect(svg.contains("<path data-state=\"QAT\" class=\"none\"") && !svg.contains("<circle data-state=\"QAT\""))
        // A territory that is not a participant is not drawn.
        #expect(!svg.contains("data-state=\"CYM\""))
        // The European Union and a former State are not on the map.
        #expect(!svg.contains("data-state=\"EUU\"") && !svg.contains("data-state=\"SUN\""))
        #expect(
            svg.contains("role=\"img\"") && svg.contains("<title id=\"world-map-title\">Where each State stands, on a world map</title>"))
    }

    @Test func theFigureHasALegendTheParticipantsOffTheMapAndACaption() {
        let html = WorldMap.figure(Self.entries, labels: .english).render()
        // The legend: each state with its count (the European Union and the USSR counted too).
        for (state, label, count) in [
            ("signed", "Signed", 3), ("bound", "Ratified, accepted, approved or acceded", 4),
            ("in-force", "In force", 1), ("denounced", "Denounced", 1),
        ] {
            #expect(
                html.contains(
                    "<rect class=\"\(state)\" x=\".5\" y=\".5\" width=\"15\" height=\"11\"/></svg><span>\(label)<span class=\"world-map-count\"> \(count)</span></span>"
                ),
                "\(state)")
        }
        #expect(html.contains("No action</span></li>"))
        // Not on the map, with their state.
        #expect(html.contains("<p>Not on the map:</p>"))
        #expect(
            html.contains(
                "European Union: approval 1 Feb 2026 <span class=\"world-map-count\">(Ratified, accepted, approved or acceded)</span>"))
        #expect(html.contains("Union of Soviet Socialist Republics: signed 1 Jan 1990 <span class=\"world-map-count\">(Signed)</span>"))
        #expect(html.contains("<figcaption>Boundaries and names on this map are illustrative"))
        #expect(html.contains("Natural Earth (public domain).</figcaption>"))
        // No denunciation, no "Denounced" key; no participant off the map, no list.
        let plain = WorldMap.figure([Self.entries[0]], labels: .english).render()
        #expect(!plain.contains("Denounced") && !plain.contains("world-map-off"))
    }

    @Test func theLabelsAreThePagesLanguage() {
        let html = WorldMap.figure(Self.entries, labels: .vietnamese).render()
        for text in [
            "Đã ký", "Đã có hiệu lực", "Chưa có hành động", "Không thể hiện trên bản đồ:", "chỉ mang tính minh họa",
            "<title id=\"world-map-title\">Tình trạng của từng quốc gia trên bản đồ thế giới</title>",
        ] {
            #expect(html.contains(text), "\(text)")
        }
        #expect(!html.contains("No action") && !html.contains("illustrative"))
    }

    // MARK: Escaping, well-formedness, size

    @Test func hostileTextIsEscaped() throws {
        let hostile = #"<script>alert(1)</script> "quoted" & 'single' &lt;b&gt;"#
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; &amp;lt;b&amp;gt;"
        var labels = WorldMapLabels.english
        labels.title = hostile
        labels.signed = hostile
        labels.caption = hostile
        labels.offMap = hostile
        let entries = [
            WorldMapEntry(code: "VNM", state: .signed, title: hostile), WorldMapEntry(code: "EUU", state: .signed, title: hostile),
        ]
        let html = WorldMap.figure(entries, labels: labels).render()
        #expect(!html.contains("<script"))
        #expect(html.contains("<title>\(escaped)</title>"))
        #expect(html.contains("<figcaption>\(escaped)</figcaption>"))
        #expect(html.components(separatedBy: escaped).count - 1 >= 6)
        try Self.expectWellFormed(WorldMap.svg(entries, labels: labels))
    }

    @Test func theSVGAndTheFigureAreWellFormedXML() throws {
        try Self.expectWellFormed(WorldMap.svg(Self.entries, labels: .english))
        try Self.expectWellFormed(WorldMap.svg(Self.entries, labels: .vietnamese))
        try Self.expectWellFormed(WorldMap.figure(Self.entries, labels: .english).render())
    }

    /// Every participant in the reference data with a long title: the map's
    /// markup stays within 110 KB (the page must stay under 400 KB, chart and
    /// tables included). The list of participants off the map grows with the
    /// reference data: 306 participants, 58 of them off the map, take 103 KB.
    @Test func theMarkupStaysWithinItsBudget() {
        let states = WorldMapState.allCases
        let entries = ParticipantDirectory.builtIn.participants.enumerated().map { i, p in
            WorldMapEntry(
                code: p.code, state: states[i % states.count],
                title: "\(p.name): signed 25 October 2025; ratified 1 June 2026; in force for it from 30 August 2026")
        }
        let html = WorldMap.figure(entries, labels: .vietnamese).render()
        #expect(html.utf8.count < 110_000, "\(html.utf8.count) bytes")
        #expect(html.utf8.count > 30_000, "\(html.utf8.count) bytes: shapes missing?")
    }

    @Test func theSameInputGivesTheSameMapWhateverItsOrder() {
        let a = WorldMap.svg(Self.entries, labels: .english)
        #expect(WorldMap.svg(Self.entries.reversed(), labels: .english) == a)
        // The first entry for a code wins.
        let doubled = WorldMap.svg(
            [
                WorldMapEntry(code: "VNM", state: .signed, title: "first"),
                WorldMapEntry(code: "VNM", state: .inForce, title: "second"),
            ], labels: .english)
        #expect(doubled.contains("data-state=\"VNM\" class=\"signed\"") && !doubled.contains("second"))
    }

    // MARK: States from a treaty's status

    @Test func aParticipantsStateIsTheFurthestStepItHasReached() {
        let asOf = Self.day("2026-09-01")
        let signed = ParticipantStatus(
            state: "VNM", name: "Viet Nam", group: .asiaPacific, signature: Self.day("2025-10-25"),
            consent: nil, inForceFor: nil, denunciation: nil, counted: false)
        #expect(WorldMapState(signed, asOf: asOf) == .signed)
        var bound = signed
        bound.consent = .init(action: .ratification, date: Self.day("2026-06-01"), reference: nil)
        bound.inForceFor = Self.day("2026-10-01")
        #expect(WorldMapState(bound, asOf: asOf) == .bound)
        var inForce = bound
        inForce.inForceFor = Self.day("2026-08-30")
        #expect(WorldMapState(inForce, asOf: asOf) == .inForce)
        var denounced = inForce
        denounced.denunciation = .init(date: Self.day("2026-08-31"), effective: Self.day("2027-08-31"))
        #expect(WorldMapState(denounced, asOf: asOf) == .denounced)
        var accededWithoutSignature = bound
        accededWithoutSignature.signature = nil
        #expect(WorldMapState(accededWithoutSignature, asOf: asOf) == .bound)
        var nothing = signed
        nothing.signature = nil
        #expect(WorldMapState(nothing, asOf: asOf) == nil)
    }

    // MARK: Helpers

    /// Parses `text` as XML (one root element) and fails the test with the parser's error.
    static func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let parser = XMLParser(data: Data("<root>\(text)</root>".utf8))
        let ok = parser.parse()
        #expect(
            ok, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)",
            sourceLocation: sourceLocation)
    }
}
