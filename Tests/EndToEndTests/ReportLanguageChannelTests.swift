import Foundation
import Testing

/// Each language's page keeps its own previous report (the README's English
/// page then `--lang vi` page: the Vietnamese one listed nothing, as both
/// shared the channel "html"), and the previous report's time is written as a
/// sentence's date on the page.
@Suite struct ReportLanguageChannelTests {
    func scenario() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        #expect(sandbox.run("import", fixture("scenario-ratifications.csv"), "-q").status == 0)
        return sandbox
    }

    func page(_ sandbox: Sandbox, _ arguments: String...) -> String {
        let path = sandbox.path("page.html")
        let run = sandbox.run(["report", "--format", "html", "--as-of", "2026-11-22", "--output", path] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// The page's "Recent changes" section.
    func changes(_ page: String) -> String {
        guard let start = page.range(of: "id=\"changes-heading\""), let end = page.range(of: "id=\"latest-heading\"") else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func theVietnamesePageKeepsItsOwnPreviousReport() {
        let sandbox = scenario()
        // The README's order: the English page, then the Vietnamese one.
        #expect(page(sandbox).contains("Recorded so far (first report)"))
        let trang = page(sandbox, "--lang", "vi")
        #expect(trang.contains("Đã ghi nhận đến nay (báo cáo đầu tiên)"), "the Vietnamese page lost its changes")
        #expect(changes(trang).contains(" PER<"))
        // A new action is on both pages, whichever is rebuilt first.
        #expect(sandbox.run("record", "NZL", "accession", "2026-11-21", "-q").status == 0)
        let vi = page(sandbox, "--lang", "vi")
        #expect(vi.contains("Ghi nhận kể từ báo cáo trước") && changes(vi).contains(" NZL<"))
        let en = page(sandbox)
        #expect(
            en.contains("Recorded since the previous report") && changes(en).contains(" NZL<"),
            "the English page lost NZL to the Vietnamese one")
        // Said once on each.
        #expect(page(sandbox, "--lang", "vi").contains("không có."))
        #expect(page(sandbox).contains(": none."))
        // English keeps its channel's name, and a named channel is the same in every language.
        #expect(sandbox.run("report", "--channel", "html", "--as-of", "2026-11-22").stdout.contains("\n  none\n"))
        #expect(sandbox.run("report", "--channel", "html-vi", "--as-of", "2026-11-22").stdout.contains("\n  none\n"))
    }

    @Test func jsonIsOneChannelInEveryLanguage() {
        let sandbox = scenario()
        #expect(sandbox.run("report", "--format", "json", "--as-of", "2026-11-22").status == 0)
        let vi = sandbox.run("report", "--format", "json", "--lang", "vi", "--as-of", "2026-11-22").stdout
        #expect(vi.contains("\"previous\" : {"), "the JSON in vi has no previous report: \(vi.prefix(2000))")
        #expect(!vi.contains("\"change\" : \"recorded\""))
    }

    @Test func thePreviousReportIsDatedAsASentence() throws {
        let sandbox = scenario()
        _ = page(sandbox)
        _ = page(sandbox, "--lang", "vi")
        let en = page(sandbox)
        let vi = page(sandbox, "--lang", "vi")
        // The run's time is the machine's clock; its date is today's in UTC, near the test day.
        let english = try #require(en.firstMatch(of: /since the previous report of (\d{1,2}) (\w+) (\d{4}), (\d\d):(\d\d) UTC: none\./))
        #expect(Int(english.output.3)! >= 2000, "\(english.output.0)")
        #expect(!en.contains("the previous report (20"), "a raw ISO time on the English page")
        let vietnamese = try #require(vi.firstMatch(of: /lập lúc \d\d:\d\d UTC ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\)/))
        #expect(Int(vietnamese.output.2)! <= 12)
        // Text and Markdown keep the ISO time, as `history` writes it.
        sandbox.run("report", "--as-of", "2026-11-22")
        let text = sandbox.run("report", "--as-of", "2026-11-22").stdout
        #expect(text.contains(try Regex(#"Recorded since the previous report \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)"#)), "\(text)")
    }

    @Test func theChartTooltipsUseASentencesDate() {
        let sandbox = scenario()
        let vi = page(sandbox, "--lang", "vi")
        #expect(vi.contains("chữ ký vào ngày 22 tháng 11 năm 2026</title>"), "the signatures' tooltip")
        #expect(vi.contains("văn kiện được tính vào ngày 22 tháng 11 năm 2026</title>"))
        #expect(!vi.contains("vào ngày 22/11/2026"))
        #expect(page(sandbox).contains("signatures on 22 November 2026</title>"))
    }
}
