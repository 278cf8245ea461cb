import Foundation
import Testing

@Suite struct ReportTests {
    func thresholdScenario() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let run = sandbox.run("import", fixture("scenario-threshold.csv"), "-q")
        precondition(run.status == 0, run.stderr)
        return sandbox
    }

    @Test(arguments: ["text", "markdown", "json"])
    func goldenReports(_ format: String) {
        let sandbox = thresholdScenario()
        let run = sandbox.run("report", "--format", format, "--as-of", "2026-08-15", "--since", "2026-06-15")
        #expect(run.status == 0 && run.stderr.isEmpty)
        expectGolden(run.stdout, "report-threshold-scenario.\(["text": "txt", "markdown": "md", "json": "json"][format]!)")
        // Identical input and --as-of give identical output.
        #expect(sandbox.run("report", "--format", format, "--as-of", "2026-08-15", "--since", "2026-06-15").stdout == run.stdout)
    }

    @Test func changesAreMeasuredFromThePreviousReport() {
        let sandbox = thresholdScenario()
        let first = sandbox.run("report", "--as-of", "2026-11-01")
        #expect(first.stdout.contains("Recorded so far (first report)") && first.stdout.contains("Mozambique"))
        let second = sandbox.run("report", "--as-of", "2026-11-01")
        #expect(second.stdout.contains("Recorded since the previous report (2026-11-23T12:00:00Z)\n  none"))
        sandbox.run("record", "Peru", "ratification", "2026-11-02")
        let third = sandbox.run("report", "--as-of", "2026-11-02", "--format", "markdown")
        #expect(third.stdout.contains("| 2026-11-02 | Peru (PER) | ratification |"))
        #expect(third.stdout.contains("enters into force") == false && third.stdout.contains("In force since 2026-09-29"))
    }

    @Test func theReportCanBeWrittenToAFile() throws {
        let sandbox = thresholdScenario()
        let file = sandbox.path("report.md")
        #expect(sandbox.run("report", "--format", "markdown", "--output", file, "--as-of", "2026-08-15").stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("enters into force on 2026-09-29, in 45 days"))
    }
}
