import Foundation
import RatifyCore
import RatifyReports
import Testing

@Suite struct ReportHTMLTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    static func action(
        _ participant: String, _ kind: ActionKind, _ date: String, id: Int64,
        reference: String? = nil, note: String? = nil
    ) -> ActionRecord {
        ActionRecord(
            id: id, participant: participant, kind: kind, date: day(date), reference: reference, note: note,
            provenance: Provenance(source: "test"))
    }

    /// A small treaty: in force 30 days after the third instrument; REIOs not counted.
    static func treaty(title: String = "Small Test Convention") -> TreatyDefinition {
        let json = #"{"id": "small", "title": "TITLE", "threshold": 3, "entry_into_force": ["+30d"], "reio_counts": false}"#
        var definition = try! TreatyDefinition.parse(Data(json.utf8))
        definition.title = title
        return definition
    }

    static let hostile = #"<script>alert(1)</script> "quoted" & 'single' &lt;b&gt;"#

    /// Four signatures, three counted ratifications (the third on 2026-03-01) and the EU's uncounted approval.
    static func actions(hostile: Bool = false) -> [ActionRecord] {
        [
            action("FRA", .signature, "2025-10-25", id: 1, note: hostile ? Self.hostile : nil),
            action("DEU", .signature, "2025-10-25", id: 2),
            action("EUU", .signature, "2025-10-26", id: 3),
            action("VNM", .signature, "2025-11-10", id: 4),
            action(
                "FRA", .ratification, "2026-01-10", id: 5, reference: hostile ? Self.hostile : "C.N.1.2026",
                note: hostile ? Self.hostile : nil),
            action("EUU", .approval, "2026-02-01", id: 6),
            action("DEU", .ratification, "2026-02-15", id: 7),
            action("VNM", .ratification, "2026-03-01", id: 8, reference: "C.N.3.2026"),
        ]
    }

    static func render(
        asOf: String = "2026-03-10", title: String = "Small Test Convention", hostile: Bool = false,
        actions: [ActionRecord]? = nil, language: ReportLanguage = .english
    ) -> (html: String, status: TreatyStatus) {
        let actions = actions ?? Self.actions(hostile: hostile)
        let status = Engine.status(of: treaty(title: title), actions: actions, asOf: day(asOf))
        let since = day("2025-10-01")
        let changes = actions.filter { $0.date >= since && $0.date <= status.asOf }
            .sorted(by: ActionRecord.chronological).map { DailyReport.Change(action: $0) }
        let series = Engine.series(of: treaty(title: title), actions: actions, asOf: day(asOf))
        let report = DailyReport(status: status, window: .since(since), changes: changes, actionsInEffect: actions, series: series)
        return (ReportHTML.render(report, language: language), status)
    }

    // MARK: Escaping and self-containment

    @Test func textFromTheRecordIsShownAsTextNeverAsMarkup() {
        let (html, _) = Self.render(title: Self.hostile, hostile: true)
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</script>"))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; &amp;lt;b&amp;gt;"
        // The title (in <title>, <h1>), the note and the reference (changes, latest, participants).
        #expect(html.components(separatedBy: escaped).count - 1 >= 5, "\(html)")
        #expect(html.contains("<h1>\(escaped)</h1>"))
        #expect(html.contains("<title>\(escaped): status as of 10 March 2026</title>"))
        // Nothing the record says ends up unescaped in an attribute either.
        #expect(!html.contains("\"quoted\""))
        #expect(!html.contains("'single'"))
    }

    @Test func thePageLoadsNothingFromAnywhere() {
        let (html, _) = Self.render(hostile: true)
        let lower = html.lowercased()
        for forbidden in ["http://", "https://", "src=", "<link", "<script", "@import", "href=", "<img", "<iframe", "<object"] {
            #expect(!lower.contains(forbidden), "the page contains \(forbidden)")
        }
        // The map's hatching is the one url(), a fragment of the page itself.
        #expect(lower.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#world-map-hatch)") })
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>") && html.contains("@media print") && html.contains("@media (max-width"))
    }

    @Test func identicalInputGivesIdenticalOutputWhateverTheOrderOfTheActions() {
        let first = Self.render().html
        #expect(Self.render().html == first)
        #expect(Self.render(actions: Self.actions().reversed()).html == first)
    }

    // MARK: Content

    @Test func headlineProgressTablesAndChangesAreThere() {
        let (html, status) = Self.render()
        #expect(
            status.counted == 3 && status.thresholdReachedOn == Self.day("2026-03-01") && status.entryIntoForce == Self.day("2026-03-31"))
        #expect(html.contains("Threshold reached on 1 March 2026; enters into force on 31 March 2026, in 21 days."))
        #expect(html.contains(#"role="progressbar""#) && html.contains(#"aria-valuetext="3 of 3 counted""#))
        #expect(html.contains("<caption>Actions dated on or after 1 October 2025</caption>"))
        #expect(html.contains(#"<th scope="col">Participant</th>"#) && html.contains(#"<th scope="row">Total</th>"#))
        // The EU's approval is listed, not counted.
        #expect(html.contains("European Union"))
        #expect(html.contains("C.N.3.2026"))
        for section in ["By UN regional group", "Recent changes", "Latest actions", "Participants"] {
            #expect(html.contains(">\(section)</h2>"))
        }
    }

    @Test func theChartHasATitleADescriptionAndTheMarkers() {
        let (html, _) = Self.render()
        #expect(html.contains(#"role="img" aria-labelledby="chart-title chart-desc""#))
        #expect(html.contains(#"<title id="chart-title">Signatures and counted instruments over time</title>"#))
        #expect(html.contains(#"<desc id="chart-desc">"#))
        #expect(html.contains("Signatures: 4, the first on 25 October 2025."))
        #expect(html.contains("Counted instruments: 3, the first deposited on 10 January 2026."))
        #expect(html.contains("Threshold: 3 counted instruments, reached on 1 March 2026; enters into force on 31 March 2026."))
        #expect(html.contains(">Threshold reached</text>") && html.contains(">Enters into force</text>"))
        #expect(html.contains(">Threshold (3)</text>"))
        // The narrow copy for phones has its own ids.
        #expect(html.contains(#"<title id="chart-narrow-title">"#) && html.contains(#"<desc id="chart-narrow-desc">"#))
    }

    @Test func beforeTheThresholdThePageSaysWhatIsMissing() {
        let (html, status) = Self.render(asOf: "2026-02-20")
        #expect(status.counted == 2 && status.thresholdReachedOn == nil)
        #expect(html.contains("2 of 3 instruments counted; 1 to go."))
        #expect(html.contains("Not in force"))
        #expect(html.contains("Threshold: 3 counted instruments, 1 still to go; entry into force not yet known."))
        #expect(!html.contains(">Threshold reached</text>"))
    }

    // MARK: Date axis

    @Test func oneMonthIsLabelledByWeek() {
        let scale = DateAxis.scale(from: Self.day("2025-11-01"), to: Self.day("2025-12-01"))
        #expect(scale.unit == .week && scale.step == 1)
        #expect(scale.ticks.map(\.label) == ["3 Nov 2025", "10 Nov", "17 Nov", "24 Nov", "1 Dec"])
    }

    @Test func oneYearIsLabelledByMonths() {
        let scale = DateAxis.scale(from: Self.day("2025-10-25"), to: Self.day("2026-10-24"))
        #expect(scale.unit == .month && scale.step == 2)
        #expect(scale.ticks.map(\.label) == ["Nov 2025", "Jan 2026", "Mar 2026", "May 2026", "Jul 2026", "Sep 2026"])
    }

    @Test func tenYearsAreLabelledByYears() {
        let scale = DateAxis.scale(from: Self.day("2016-03-15"), to: Self.day("2026-03-15"))
        #expect(scale.unit == .year && scale.step == 2)
        #expect(scale.ticks.map(\.label) == ["2018", "2020", "2022", "2024", "2026"])
    }

    @Test func aFewDaysAreLabelledByDayAndTwoYearsByQuarter() {
        let days = DateAxis.scale(from: Self.day("2026-12-29"), to: Self.day("2027-01-03"))
        #expect(days.unit == .day && days.ticks.map(\.label) == ["29 Dec 2026", "30 Dec", "31 Dec", "1 Jan 2027", "2 Jan", "3 Jan"])
        let quarters = DateAxis.scale(from: Self.day("2025-10-25"), to: Self.day("2027-09-29"))
        #expect(quarters.unit == .quarter && quarters.ticks.first?.label == "Jan 2026" && quarters.ticks.count <= 8)
    }

    @Test func everySpanGetsAtMostEightOrderedTicksInsideIt() {
        let start = Self.day("2025-10-25")
        for days in [0, 1, 6, 7, 8, 13, 20, 30, 45, 61, 90, 120, 200, 365, 500, 730, 1000, 1500, 2000, 3653, 5000, 10000, 36500] {
            let end = start.adding(days: days)
            let scale = DateAxis.scale(from: start, to: end)
            #expect(scale.ticks.count <= 8, "\(days) days: \(scale.ticks.map(\.label))")
            #expect(scale.ticks.allSatisfy { $0.date >= start && $0.date <= end })
            #expect(zip(scale.ticks, scale.ticks.dropFirst()).allSatisfy { $0.date < $1.date })
            if days >= 7 { #expect(scale.ticks.count >= 2, "\(days) days: \(scale.ticks.map(\.label))") }
        }
        #expect(DateAxis.scale(from: start, to: start.adding(days: 3653), maxLabels: 4).ticks.count <= 4)
    }
}
