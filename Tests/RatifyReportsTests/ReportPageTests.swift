import Foundation
import RatifyCore
import Testing

@testable import RatifyReports

/// The HTML page as a new user reads it (issue 17): the map, the language,
/// one way of writing dates, the threshold's count stated once, the phone
/// layout of the tables, and what changed.
@Suite struct ReportPageTests {
    typealias Page = ReportHTMLTests
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// What a reader sees: the page without its style sheet, its SVG and
    /// its tags (attribute values, such as `datetime`, are not shown).
    static func visibleText(_ html: String) -> String {
        var text = html
        for (open, close) in [("<style>", "</style>"), ("<svg", "</svg>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    static let isoDate = #"[0-9]{4}-[0-9]{2}-[0-9]{2}"#

    @Test func theCountOfTheThresholdIsStatedOnce() {
        for (language, count) in [(ReportLanguage.english, "2 of 3"), (.vietnamese, "2/3")] {
            let text = Self.visibleText(Page.render(asOf: "2026-02-20", language: language).html)
            #expect(text.components(separatedBy: count).count - 1 == 1, "\(language): \(count)")
        }
    }

    @Test func datesAreWrittenOneWayInTablesAndOneWayInSentences() {
        let english = Self.visibleText(Page.render().html)
        #expect(english.range(of: Self.isoDate, options: .regularExpression) == nil, "an ISO date is shown on the English page")
        #expect(english.contains("10 Jan 2026") && english.contains("as of 10 March 2026"))
        let vietnamese = Self.visibleText(Page.render(language: .vietnamese).html)
        #expect(vietnamese.range(of: Self.isoDate, options: .regularExpression) == nil, "an ISO date is shown on the Vietnamese page")
        #expect(vietnamese.contains("10/01/2026") && vietnamese.contains("tính đến ngày 10 tháng 3 năm 2026"))
        // Machines still read ISO dates from <time datetime>.
        #expect(Page.render().html.contains(#"<time datetime="2026-01-10">10 Jan 2026</time>"#))
    }

    @Test func theVietnamesePageIsInVietnamese() {
        let html = Page.render(language: .vietnamese).html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        let text = Self.visibleText(html)
        for vietnamese in [
            "Báo cáo tình hình ký kết và phê chuẩn điều ước", "Đã đạt ngưỡng vào ngày 1 tháng 3 năm 2026", "Pháp", "Đức", "Việt Nam",
            "Liên minh châu Âu", "Châu Á - Thái Bình Dương", "phê chuẩn", "phê duyệt", "Các bên tham gia", "Thay đổi gần đây",
            "Theo nhóm khu vực của Liên hợp quốc", "chỉ mang tính minh họa",
        ] {
            #expect(text.contains(vietnamese), "\(vietnamese)")
        }
        for english in [
            "Signatories", "Counted", "Threshold", "Recent changes", "Latest actions", "Participants", "By UN regional group",
            "as of", "Entry into force", "in force", "ratification", "approval", "signature", "Germany", "France", "Viet Nam",
            "European Union", "Asia-Pacific", "Boundaries", "Total", "yes",
        ] {
            #expect(!text.contains(english), "English on the Vietnamese page: \(english)")
        }
        // The chart and the map speak Vietnamese too.
        #expect(
            html.contains(">Đạt ngưỡng</text>") && html.contains(">Chữ ký</text>")
                && html.contains("<title>Pháp: ký ngày 25 tháng 10 năm 2025"))
    }

    @Test func theMapShowsWhatEachParticipantHasDoneAndNamesEveryOtherState() throws {
        let html = Page.render(asOf: "2026-04-01").html
        let mapStart = try #require(html.range(of: "<svg class=\"world-map-svg\""))
        let chartStart = try #require(html.range(of: "<svg class=\"chart\""))
        #expect(mapStart.lowerBound < chartStart.lowerBound, "the map comes first")
        // In force for the three States since 31 March; the EU's uncounted approval is bound, under the map.
        for code in ["FRA", "DEU", "VNM"] {
            #expect(html.contains("<path data-state=\"\(code)\" class=\"in-force\""), "\(code)")
        }
        #expect(html.contains("<title>France: signed 25 Oct 2025; ratification 10 Jan 2026; in force for it since 31 Mar 2026</title>"))
        #expect(!html.contains("data-state=\"EUU\"") && html.contains("<p>Not on the map:</p>"))
        #expect(html.contains("European Union: signed 26 Oct 2025; approval 1 Feb 2026"))
        #expect(html.contains("<path data-state=\"BRA\" class=\"none\"") && html.contains("<title>Brazil</title>"))
        #expect(html.contains("Boundaries and names on this map are illustrative"))
        // A State with no action is named in the page's language.
        let vietnamese = Page.render(asOf: "2026-04-01", language: .vietnamese).html
        #expect(vietnamese.contains("<title>Hoa Kỳ</title>") && vietnamese.contains("<title>Đức: ký ngày 25 tháng 10 năm 2025"))
    }

    @Test func onAPhoneTheChangesStackAndTheRegionalTableFits() {
        let html = Page.render().html
        #expect(html.contains("<table class=\"stack\">") && html.contains("<table class=\"groups\">"))
        #expect(html.contains(#"<td data-label="Action">ratification</td>"#))
        #expect(
            html.contains("@media screen and (max-width: 40rem)") && html.contains("table.stack td::before { content: attr(data-label)"))
        // The label keeps the page's font in a reference's cell.
        #expect(html.contains("table.stack td::before { font: 400 .75rem/1.5 var(--sans);"))
    }

    @Test func recentChangesAreNewestFirst() throws {
        let html = Page.render().html
        let section = try #require(html.range(of: "id=\"changes-heading\"")).upperBound
        let rows = html[section...].components(separatedBy: "<time datetime=\"").dropFirst().prefix(8).map { String($0.prefix(10)) }
        #expect(rows.first == "2026-03-01" && rows == rows.sorted(by: >), "\(rows)")
    }

    @Test func correctionsAndVoidsAreChangesAndSaySo() {
        let actions = Page.actions()
        let status = Engine.status(of: Page.treaty(), actions: actions, asOf: Self.day("2026-03-10"))
        let voided = ActionRecord(
            id: 9, participant: "FRA", kind: .ratification, date: Self.day("2026-01-12"), provenance: .init(source: "t"))
        let changes = [
            DailyReport.Change(action: actions[6], kind: .correction(of: 7, reason: "the depositary says 15 Feb")),
            DailyReport.Change(action: voided, kind: .voided(reason: "entered twice")),
            DailyReport.Change(action: actions[7], fate: .voided(reason: "wrong treaty")),
        ]
        let report = DailyReport(
            status: status, window: .previousReport(ranAt: "2026-03-09T07:00:00Z"), changes: changes, actionsInEffect: actions,
            series: Engine.series(of: Page.treaty(), actions: actions, asOf: Self.day("2026-03-10")),
            previous: DailyReport.Counts(signatories: 4, instruments: 5, counted: 4))
        let html = ReportHTML.render(report)
        #expect(html.contains(#"<th scope="col">Change</th>"#))
        #expect(html.contains("corrects #7 (the depositary says 15 Feb)") && html.contains("voided (entered twice)"))
        #expect(html.contains("new; since voided (wrong treaty)") && html.contains("<tr class=\"out-of-effect\">"))
        #expect(html.contains("Since the previous report: Counted 4 → 3; instruments in effect 5 → 4."))
        let text = ReportText.render(report)
        #expect(text.contains("voided (entered twice)") && text.contains("Since the previous report: Counted 4 → 3"))
        let markdown = ReportMarkdown.render(report)
        #expect(markdown.contains("| Change |") && markdown.contains("corrects \\#7 (the depositary says 15 Feb)"))
    }

    /// The largest page the reference data allows: every State and
    /// organization signed and ratified, a first report listing every action.
    @Test func theLargestPageStaysUnder400KB() {
        var actions: [ActionRecord] = []
        for (i, p) in ParticipantDirectory.builtIn.participants.filter({ $0.kind != .formerState }).enumerated() {
            actions.append(ActionRecord(id: Int64(2 * i + 1), participant: p.code, kind: .signature, date: Self.day("2025-10-25")))
            actions.append(
                ActionRecord(
                    id: Int64(2 * i + 2), participant: p.code, kind: .ratification, date: Self.day("2026-01-01").adding(days: i),
                    reference: "C.N.\(100 + i).2026.TREATIES-XVIII.16", note: "source: UNTC status table, MTDSG XVIII-16"))
        }
        let asOf = Self.day("2027-06-01")
        let status = Engine.status(of: BuiltInTreaties.hanoi, actions: actions, asOf: asOf)
        let report = DailyReport(
            status: status, window: .firstReport, changes: actions.map { DailyReport.Change(action: $0) }, actionsInEffect: actions,
            series: Engine.series(of: BuiltInTreaties.hanoi, actions: actions, asOf: asOf))
        for language in ReportLanguage.allCases {
            let html = ReportHTML.render(report, language: language)
            #expect(html.utf8.count < 400_000, "\(language): \(html.utf8.count) bytes")
            // The newest 50 changes are listed, and the rest counted.
            let more = language == .english ? "…and \(actions.count - 50) earlier changes" : "…và \(actions.count - 50) thay đổi trước đó"
            #expect(html.contains(more))
        }
    }
}
