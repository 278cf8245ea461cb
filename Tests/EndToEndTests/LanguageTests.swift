import Foundation
import Testing

/// `--lang` (issue 17): status and the report in Vietnamese, chosen by the
/// option, `RATIFY_LANG` or the locale; JSON the same in every language.
@Suite struct LanguageTests {
    func demo() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let run = sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        precondition(run.status == 0, run.stderr)
        return sandbox
    }

    @Test func statusInVietnameseByOptionVariableOrLocale() {
        let sandbox = demo()
        let english = sandbox.run("status", "--as-of", "2026-11-22")
        #expect(english.stdout.hasPrefix("United Nations Convention against Cybercrime (hanoi), as of 2026-11-22"))
        let vietnamese = sandbox.run("status", "--as-of", "2026-11-22", "--lang", "vi")
        #expect(vietnamese.status == 0)
        #expect(
            vietnamese.stdout.hasPrefix(
                "Công ước của Liên hợp quốc về chống tội phạm mạng (hanoi), tính đến ngày 22 tháng 11 năm 2026"))
        #expect(
            vietnamese.stdout.contains("Bên đã ký") && vietnamese.stdout.contains("Trung Quốc") && vietnamese.stdout.contains("25/10/2025"))
        for env in [
            ["RATIFY_LANG": "vi"], ["LANG": "vi_VN.UTF-8"], ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"], ["LC_MESSAGES": "vi_VN"],
        ] {
            #expect(sandbox.run(["status", "--as-of", "2026-11-22"], env: env).stdout == vietnamese.stdout, "\(env)")
        }
        // English wins when the option, the variable or the first locale variable says so.
        for (arguments, env) in [
            (["--lang", "en"], ["RATIFY_LANG": "vi"]), ([], ["RATIFY_LANG": "en", "LANG": "vi_VN.UTF-8"]),
            ([], ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"]), ([], ["LANG": "fr_FR.UTF-8"]),
        ] {
            #expect(sandbox.run(["status", "--as-of", "2026-11-22"] + arguments, env: env).stdout == english.stdout, "\(arguments) \(env)")
        }
        let bad = sandbox.run(["status"], env: ["RATIFY_LANG": "fr"])
        #expect(bad.status == 64 && bad.stderr.contains("RATIFY_LANG=fr: expected en or vi"), "\(bad.stderr)")
        #expect(sandbox.run("status", "--lang", "fr").status == 64)
    }

    @Test func jsonNeverChangesWithTheLanguage() {
        let sandbox = demo()
        let status = sandbox.run("status", "--json", "--as-of", "2026-11-22").stdout
        #expect(sandbox.run("status", "--json", "--as-of", "2026-11-22", "--lang", "vi").stdout == status)
        #expect(sandbox.run(["status", "--json", "--as-of", "2026-11-22"], env: ["LANG": "vi_VN.UTF-8"]).stdout == status)
        let report = ["report", "--format", "json", "--as-of", "2026-11-22", "--since", "2026-06-01"]
        let json = sandbox.run(report).stdout
        #expect(json.contains("\"headline\" : \"11 of 40 instruments counted; 29 to go.\""))
        #expect(sandbox.run(report + ["--lang", "vi"]).stdout == json)
    }

    @Test func theReportInVietnameseInEveryFormat() throws {
        let sandbox = demo()
        let base = ["report", "--as-of", "2026-11-22", "--since", "2026-06-01", "--lang", "vi"]
        let text = sandbox.run(base).stdout
        #expect(text.hasPrefix("Công ước của Liên hợp quốc về chống tội phạm mạng (hanoi)\nBáo cáo tính đến ngày 22 tháng 11 năm 2026\n"))
        #expect(text.contains("Đã có 11/40 văn kiện được tính; còn thiếu 29 văn kiện."))
        #expect(text.contains("Theo nhóm khu vực của Liên hợp quốc") && text.contains("Tổng cộng"))
        let markdown = sandbox.run(base + ["--format", "markdown"]).stdout
        #expect(markdown.hasPrefix("# Công ước của Liên hợp quốc về chống tội phạm mạng\n"))
        let page = sandbox.path("trang.html")
        #expect(sandbox.run(["report", "--format", "html", "--lang", "vi", "--output", page, "--as-of", "2026-11-22"]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<h1>Công ước của Liên hợp quốc về chống tội phạm mạng</h1>") && html.contains("class=\"world-map-svg\""))
        #expect(html.utf8.count < 400_000, "\(html.utf8.count) bytes")
        let english = sandbox.run("report", "--format", "html", "--as-of", "2026-11-22").stdout
        #expect(english.utf8.count < 400_000 && english.contains("<path data-state=\"CHN\" class=\"bound\""))
        #expect(html.contains("<path data-state=\"CHN\" class=\"bound\""))
    }

    /// Every Vietnamese text output against files in the repo, for a native
    /// speaker to read (with Sources/RatifyReports/Language/ReportStrings+Vietnamese.swift).
    @Test func vietnameseGoldens() {
        let sandbox = demo()
        expectGolden(sandbox.run("status", "--as-of", "2026-11-22", "--lang", "vi").stdout, "status-demo.vi.txt")
        let threshold = ReportTests().thresholdScenario()
        for (format, ext) in [("text", "txt"), ("markdown", "md")] {
            let run = threshold.run("report", "--format", format, "--as-of", "2026-08-15", "--since", "2026-06-15", "--lang", "vi")
            #expect(run.status == 0 && run.stderr.isEmpty)
            expectGolden(run.stdout, "report-threshold-scenario.vi.\(ext)")
        }
    }
}
