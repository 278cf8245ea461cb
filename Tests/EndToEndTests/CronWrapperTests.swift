import Foundation
import Testing

@Suite struct CronWrapperTests {
    @Test func theDailyWrapperReportsEveryTreatyAndAlertsOnce() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-threshold.csv"), "-q")
        sandbox.run("treaty", "add", fixture("cases/tpnw/treaty.json"))
        let wrapper = packageRoot.appendingPathComponent("scripts/cron/ratify-daily").path
        func daily() -> Run {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: wrapper)
            process.arguments = ["--", "--as-of", "2026-07-01"]
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
        let first = daily()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("United Nations Convention against Cybercrime (hanoi)") && first.stdout.contains("(tpnw)"))
        #expect(first.stdout.components(separatedBy: "threshold-reached:").count == 2)
        let second = daily()
        #expect(!second.stdout.contains("threshold-reached:") && second.stdout.contains("Recorded since the previous report"))
    }
}
