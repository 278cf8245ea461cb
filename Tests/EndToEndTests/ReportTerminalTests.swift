import Foundation
import Testing

/// The rest of issue 20's item 7 and issue 17's rules, as a reviewer found
/// them: `report` text and `alert list` fit a terminal; `--assume` lines name
/// participants in the language; the map's tooltips write dates as sentences
/// do in Vietnamese; `--lang` reads a tag as `LANG` is read.
@Suite struct ReportTerminalTests {
    func demo() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let run = sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        precondition(run.status == 0, run.stderr)
        return sandbox
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func reportTextKeepsEveryLineWithinTheTerminal() {
        let sandbox = demo()
        for language in ["en", "vi"] {
            // --since: the changes are listed (with their references) and nothing is remembered between the runs.
            let arguments = ["report", "--as-of", "2026-11-22", "--since", "2026-01-01", "--lang", language]
            let piped = sandbox.run(arguments)
            #expect(piped.status == 0, "\(piped.stderr)")
            // Piped (and so mailed by cron), the forecast's sentences are whole lines, as the goldens have them.
            #expect(Self.lines(piped.stdout).contains { $0.count > 150 }, "\(piped.stdout)")
            for (columns, env) in [(120, ["COLUMNS": "80"]), (80, ["COLUMNS": ""]), (60, ["COLUMNS": ""])] {
                let width = env["COLUMNS"].flatMap { Int($0) } ?? columns
                let run = TerminalWidthTests.onTerminal(sandbox, columns: columns, env: env, arguments)
                #expect(run.status == 0, "\(run.stderr)")
                let long = Self.lines(run.stdout).filter { $0.count > width }
                #expect(long.isEmpty, "\(language) at \(width): \(long)")
                // Wrapped, not cut: every word of the piped report is still there.
                let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).filter { !$0.contains("…") } }
                #expect(Set(words(run.stdout)).isSubset(of: Set(words(piped.stdout))), "\(language) at \(width)")
                #expect(run.stdout.contains(language == "en" ? "Entry into force" : "Ngày có hiệu lực"))
            }
            // On a terminal wide enough for every line, it is the piped report.
            let wide = TerminalWidthTests.onTerminal(sandbox, columns: 400, env: ["COLUMNS": ""], arguments)
            #expect(wide.stdout == piped.stdout)
        }
        // Written to a file, it is the piped report too, whatever the terminal.
        let file = sandbox.path("report.txt")
        let written = TerminalWidthTests.onTerminal(
            sandbox, columns: 80, env: ["COLUMNS": ""], ["report", "--as-of", "2026-11-22", "--since", "2026-01-01", "--output", file])
        #expect(written.status == 0)
        #expect(
            (try? String(contentsOfFile: file, encoding: .utf8))
                == sandbox.run("report", "--as-of", "2026-11-22", "--since", "2026-01-01").stdout)
    }

    @Test func alertListWrapsItsMessagesOnATerminal() {
        let sandbox = demo()
        #expect(sandbox.run("alert", "config", "--enable", "milestone", "--milestones", "5,10").status == 0)
        #expect(sandbox.run("alert").status == 0)
        let piped = sandbox.run("alert", "list")
        let message =
            "United Nations Convention against Cybercrime: 10 of 40 instruments counted (the 10th deposited on 2026-10-14); 30 to go."
        // Piped: one line an alert, the message whole.
        #expect(Self.lines(piped.stdout).contains { $0.hasPrefix("2026-10-14") && $0.hasSuffix(message) }, "\(piped.stdout)")
        for (columns, env) in [(120, ["COLUMNS": "80"]), (80, ["COLUMNS": ""])] {
            let run = TerminalWidthTests.onTerminal(sandbox, columns: columns, env: env, ["alert", "list"])
            #expect(run.status == 0)
            let lines = Self.lines(run.stdout)
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(run.stdout)")
            // The row keeps its id; the message follows it whole, wrapped and indented.
            guard let row = lines.firstIndex(where: { $0.hasPrefix("2026-10-14") }) else {
                Issue.record("no row: \(run.stdout)")
                continue
            }
            #expect(lines[row].hasSuffix("hanoi/milestone/10"), "\(lines[row])")
            let wrapped = lines[(row + 1)...].prefix { $0.hasPrefix("    ") }
            #expect(wrapped.count > 1 && wrapped.map { $0.dropFirst(4) }.joined(separator: " ") == message, "\(run.stdout)")
        }
    }

    @Test func assumedParticipantsAreNamedInTheLanguage() {
        let sandbox = demo()
        let assume = ["--as-of", "2026-11-22", "--assume", "FRA=2027-03-01"]
        let vietnamese = sandbox.run(["status", "--lang", "vi"] + assume)
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout.contains("Giả định          Pháp phê chuẩn 01/03/2027"), "\(vietnamese.stdout)")
        let english = sandbox.run(["status"] + assume)
        #expect(english.stdout.contains("Assumed            France ratification 2027-03-01"), "\(english.stdout)")
        #expect(sandbox.run(["forecast", "--lang", "vi"] + assume).stdout.contains("Giả định: Pháp phê chuẩn 01/03/2027"))
        #expect(sandbox.run(["forecast"] + assume).stdout.contains("Assumed: France ratification 2027-03-01"))
        for (run, label) in [(vietnamese, "Giả định "), (english, "Assumed ")] {
            #expect(!Self.lines(run.stdout).contains { $0.contains(label) && $0.contains("FRA") }, "\(run.stdout)")
        }
        // JSON keeps the code.
        #expect(sandbox.run(["status", "--json"] + assume).stdout.contains("\"FRA\""))
    }

    @Test func mapTooltipsWriteDatesAsSentencesDo() throws {
        let sandbox = demo()
        let page = sandbox.run("report", "--format", "html", "--lang", "vi", "--as-of", "2026-11-22", "--since", "2026-01-01").stdout
        #expect(page.contains("<title>Việt Nam: ký ngày 25 tháng 10 năm 2025; phê chuẩn ngày 10 tháng 2 năm 2026"), "\(page.count)")
        // No shape or dot of the map has a table's date in its tooltip.
        let shapes = try Regex(#"data-state="[A-Z]{3}"[^>]*>\s*<title>([^<]*)</title>"#)
        let titles = page.matches(of: shapes).map { String($0.output[1].substring ?? "") }
        #expect(titles.count > 100)
        #expect(titles.filter { $0.contains(try! Regex(#"\d\d/\d\d/\d{4}"#)) }.isEmpty, "\(titles.prefix(3))")
    }

    @Test func languageTagsInAnyCaseOrWithARegion() {
        let sandbox = demo()
        let vietnamese = sandbox.run("status", "--as-of", "2026-11-22", "--lang", "vi").stdout
        for tag in ["VI", "Vi", "vi_VN", "vi-VN", "vi_VN.UTF-8"] {
            let run = sandbox.run("status", "--as-of", "2026-11-22", "--lang", tag)
            #expect(run.status == 0 && run.stdout == vietnamese, "\(tag): \(run.stderr)")
        }
        #expect(sandbox.run("report", "--format", "html", "--lang", "VI", "--since", "2026-01-01").stdout.contains("<html lang=\"vi\">"))
        #expect(sandbox.run("status", "--as-of", "2026-11-22", "--lang", "EN").stdout.hasPrefix("United Nations Convention"))
        for tag in ["fr", "vi2", "C"] {
            let bad = sandbox.run("status", "--lang", tag)
            #expect(bad.status == 64 && bad.stderr.contains("ratify: error:") && bad.stderr.contains("'\(tag)'"), "\(tag): \(bad.stderr)")
            #expect(bad.stdout.isEmpty)
        }
    }
}
