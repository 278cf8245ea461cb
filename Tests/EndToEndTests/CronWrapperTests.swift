import Foundation
import Testing

@Suite struct CronWrapperTests {
    @Test func theDailyWrapperReportsEveryTreatyAndAlertsOnce() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-threshold.csv"), "-q")
        sandbox.run("treaty", "add", fixture("cases/tpnw/treaty.json"))
        let first = Self.daily(sandbox, "--", "--as-of", "2026-07-01")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("United Nations Convention against Cybercrime (hanoi)") && first.stdout.contains("(tpnw)"))
        #expect(first.stdout.components(separatedBy: "threshold-reached:").count == 2)
        let second = Self.daily(sandbox, "--", "--as-of", "2026-07-01")
        #expect(!second.stdout.contains("threshold-reached:") && second.stdout.contains("Recorded since the previous report"))
    }

    /// A report that could not be written is the wrapper's status, even when
    /// an alert also stays pending (75, which the systemd unit counts as success).
    @Test func aFailedReportIsNotHiddenBehindAPendingAlert() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-threshold.csv"), "-q")
        let file = sandbox.write("not-a-folder", "")
        let run = Self.daily(sandbox, "--report-dir", file, "--", "--as-of", "2026-07-01", "--exec", "false")
        #expect(run.status != 75 && run.status != 0, "\(run.status) \(run.stderr)")
        #expect(run.stderr.contains("alert"), "\(run.stderr)")
    }

    static func daily(_ sandbox: Sandbox, _ arguments: String...) -> Run {
        let wrapper = packageRoot.appendingPathComponent("scripts/cron/ratify-daily").path
        do {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: wrapper)
            process.arguments = arguments
            process.environment = sandbox.environment.merging(["RATIFY": ratifyBinary]) { $1 }
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try! process.run()
            let stdout = readAll(out.fileHandleForReading.fileDescriptor)
            let stderr = readAll(err.fileHandleForReading.fileDescriptor)
            process.waitUntilExit()
            return Run(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }
}
