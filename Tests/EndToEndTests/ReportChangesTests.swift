import Foundation
import Testing

/// "What changed" (issue 20, item 1): voids and corrections are changes,
/// and each format or named channel has its own previous report.
@Suite struct ReportChangesTests {
    func franceRatified() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        #expect(sandbox.run("record", "FRA", "ratification", "2026-01-10", "-q").status == 0)
        return sandbox
    }

    @Test func aVoidIsReportedAsAChange() {
        let sandbox = franceRatified()
        #expect(sandbox.run("report", "--as-of", "2026-11-20").status == 0)
        #expect(sandbox.run("report", "--format", "json", "--as-of", "2026-11-20").status == 0)
        let id = sandbox.run("history", "FRA", "--json").stdout.components(separatedBy: "\"id\" : ").last!.prefix { $0.isNumber }
        #expect(sandbox.run("void", String(id), "--reason", "entered against the wrong treaty", "-q").status == 0)
        let next = sandbox.run("report", "--as-of", "2026-11-21")
        #expect(!next.stdout.contains("  none\n"), "\(next.stdout)")
        #expect(next.stdout.contains("Since the previous report: Counted 1 → 0; instruments in effect 1 → 0"))
        #expect(next.stdout.contains("ratification  voided (entered against the wrong treaty)"), "\(next.stdout)")
        // The JSON says it too, in every field a program needs.
        let json = sandbox.run("report", "--format", "json", "--as-of", "2026-11-21").stdout
        #expect(json.contains("\"change\" : \"voided\"") && json.contains("\"in_effect\" : false"))
        // Said once: the next report has nothing new.
        #expect(sandbox.run("report", "--as-of", "2026-11-22").stdout.contains("\n  none\n"))
    }

    @Test func aCorrectionIsReportedWithWhatItCorrects() {
        let sandbox = franceRatified()
        sandbox.run("report", "--as-of", "2026-11-20")
        let id = sandbox.run("history", "FRA", "--json").stdout.components(separatedBy: "\"id\" : ").last!.prefix { $0.isNumber }
        #expect(sandbox.run("correct", String(id), "--date", "2026-01-12", "--reason", "UNTC shows 12 Jan", "-q").status == 0)
        let next = sandbox.run("report", "--as-of", "2026-11-21", "--format", "markdown").stdout
        #expect(next.contains("| 2026-01-12 | France (FRA) | ratification | corrects \\#\(id) (UNTC shows 12 Jan) |"), "\(next)")
    }

    @Test func eachFormatKeepsItsOwnPreviousReport() {
        let sandbox = franceRatified()
        sandbox.run("report", "--as-of", "2026-11-20")
        #expect(sandbox.run("record", "PER", "ratification", "2026-11-20", "-q").status == 0)
        // The page and the JSON are rebuilt; the morning mail still has Peru.
        for _ in 0..<2 {
            #expect(sandbox.run("report", "--format", "html", "--as-of", "2026-11-20").status == 0)
            #expect(sandbox.run("report", "--format", "json", "--as-of", "2026-11-20").status == 0)
        }
        let mail = sandbox.run("report", "--as-of", "2026-11-21").stdout
        #expect(mail.contains("Recorded since the previous report") && mail.contains("PER    Peru"), "\(mail)")
        // A named channel has its own: its first report has everything.
        let named = sandbox.run("report", "--channel", "morning-mail", "--as-of", "2026-11-21").stdout
        #expect(named.contains("Recorded so far (first report)"))
        #expect(sandbox.run("report", "--channel", "morning-mail", "--as-of", "2026-11-21").stdout.contains("\n  none\n"))
        #expect(sandbox.run("report", "--channel", "morning mail").status == 64)
        let both = sandbox.run("report", "--channel", "x", "--since", "2026-01-01")
        #expect(both.status == 64 && both.stderr.contains("--since excludes --channel"))
    }

    /// A database whose report ran before channels: its run is every
    /// format's previous report, and a void it had already seen stays seen.
    @Test func aRunFromBeforeChannelsIsEveryFormatsPreviousReport() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        try FileManager.default.copyItem(atPath: fixture("upgrade/ratify-v1.sqlite"), toPath: sandbox.db)
        for format in ["text", "markdown"] {
            let run = sandbox.run("report", "--format", format, "--as-of", "2026-11-23")
            #expect(run.status == 0 && run.stdout.contains("since the previous report (2026-11-23T12:00:00Z)"), "\(run.stdout)")
            #expect(!run.stdout.contains("voided"))
        }
        #expect(sandbox.run("record", "PER", "signature", "2025-10-25", "-q").status == 0)
        #expect(sandbox.run("report", "--format", "html", "--as-of", "2026-11-23").stdout.contains("Peru"))
        #expect(sandbox.run("report", "--as-of", "2026-11-23").stdout.contains("PER    Peru"))
        #expect(sandbox.run("check").status == 0)
    }
}
