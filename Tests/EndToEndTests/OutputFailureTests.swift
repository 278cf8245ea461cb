import Foundation
import Testing

/// Issue 19, items 6 and 7: output that cannot be written is exit 74, and
/// what it was for is not marked done; a backup is whole or absent.
@Suite struct OutputFailureTests {
    /// Runs ratify through sh with `redirect` after it (e.g. `> /dev/full`),
    /// and `limit` (512-byte blocks) on the size of files it writes, SIGXFSZ
    /// ignored so that a write past it fails as on a full disk.
    func run(_ sandbox: Sandbox, _ arguments: [String], redirect: String, limit: Int? = nil) -> Run {
        let quoted = ([ratifyBinary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let prefix = limit.map { "trap '' XFSZ; ulimit -f \($0); " } ?? ""
        return sandbox.run(["/bin/sh", "-c", prefix + "exec \(quoted) \(redirect)"], executable: "/bin/sh")
    }

    @Test func anAlertThatCannotBeWrittenIsExit74AndStaysPending() {
        let sandbox = ReportTests().thresholdScenario()
        let failed = run(sandbox, ["alert", "--as-of", "2026-09-29"], redirect: "> /dev/full")
        #expect(failed.status == 74 && failed.stderr.contains("cannot write to standard output"), "\(failed.stderr)")
        #expect(failed.stderr.contains("stays pending"))
        #expect(!sandbox.run("alert", "list").stdout.contains("T"), "an alert was marked delivered")
        let next = sandbox.run("alert", "--as-of", "2026-09-29")
        #expect(next.status == 0 && next.stdout.split(separator: "\n").count == 2, "\(next.stdout)")
    }

    @Test func aReportThatCannotBeWrittenIsExit74AndNotRemembered() {
        let sandbox = Sandbox().withHanoiSignatures()
        let failed = run(sandbox, ["report"], redirect: "> /dev/full")
        #expect(failed.status == 74 && failed.stderr.contains("this report is not remembered"), "\(failed.stderr)")
        #expect(sandbox.run("report").stdout.contains("(first report)"))
    }

    @Test func anExportCutShortByAFullDiskIsExit74() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        #expect(
            sandbox.run("record", "DEU", "signature", "2025-10-25", "--note", String(repeating: "long note ", count: 5_000)).status == 0)
        // A disk with 40 KB free (80 blocks: room for SQLite's 32 KB -shm file) for an export of about 60 KB.
        let file = sandbox.path("export.csv")
        let cut = run(sandbox, ["export", "--all"], redirect: "> '\(file)'", limit: 80)
        #expect(cut.status == 74 && cut.stderr.contains("the output is incomplete"), "\(cut.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)).count == 80 * 512)
        // Every command's output is checked, not only those that mark something done.
        for arguments in [["status"], ["history"], ["export", "--format", "json"], ["treaty", "list"]] {
            let full = run(sandbox, arguments, redirect: "> /dev/full")
            #expect(full.status == 74, "\(arguments): \(full.stderr)")
        }
    }

    @Test func aBackupOnAFullDiskIsExit74AndLeavesNothing() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        let backups = sandbox.folder.appendingPathComponent("backups")
        try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
        let target = backups.appendingPathComponent("copy.sqlite").path
        let failed = run(sandbox, ["backup", target], redirect: "", limit: 80)
        #expect(failed.status == 74 && failed.stderr.contains("cannot write the backup"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("not an error"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: backups.path).isEmpty)
        #expect(sandbox.run("backup", target).status == 0)
        #expect(sandbox.run("--db", target, "export").stdout == sandbox.run("export").stdout)
    }

    /// SIGKILL at random moments of a backup: the final name holds a whole
    /// copy or nothing, never a journal, and a new backup to it works.
    @Test func aKilledBackupNeverLeavesAFileUnderItsName() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        // About 20 MB (four treaties with 5 MB titles), so that a backup takes long enough to be killed midway.
        for t in 0..<4 {
            let title = String(repeating: "T", count: 5_000_000)
            _ = sandbox.write("t\(t).json", #"{"id": "t\#(t)", "title": "\#(title)", "threshold": 40, "entry_into_force": ["+90d"]}"#)
            #expect(sandbox.run("treaty", "add", sandbox.path("t\(t).json"), "-q").status == 0)
        }
        #expect(sandbox.run("record", "DEU", "accession", "2020-01-01", "--treaty", "t0").status == 0)
        let expected = sandbox.run("export", "--all").stdout
        let target = sandbox.path("copy.sqlite")
        var outcomes = (midway: 0, before: 0, whole: 0)
        for _ in 0..<12 {
            try? FileManager.default.removeItem(atPath: target)
            let backup = try BackgroundRun(sandbox, ["backup", target])
            Thread.sleep(forTimeInterval: Double.random(in: 0.0...0.3))
            backup.kill()
            _ = backup.wait()
            let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path)
            #expect(!files.contains { $0.hasSuffix("-journal") }, "\(files)")
            if FileManager.default.fileExists(atPath: target) {
                outcomes.whole += 1
                #expect(sandbox.run("--db", target, "export", "--all").stdout == expected)
            } else if files.contains(where: { $0.hasPrefix(".copy.sqlite.partial-") }) {
                outcomes.midway += 1
            } else {
                outcomes.before += 1
            }
        }
        try? FileManager.default.removeItem(atPath: target)
        #expect(sandbox.run("backup", target).status == 0)
        #expect(sandbox.run("--db", target, "export", "--all").stdout == expected)
        // The partial files of killed backups are gone once a backup to that name succeeds.
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path)).contains { $0.contains(".partial-") })
        print("killed backups: \(outcomes.midway) midway, \(outcomes.before) before starting, \(outcomes.whole) after finishing")
    }
}
