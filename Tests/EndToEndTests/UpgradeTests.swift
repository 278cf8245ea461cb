import Foundation
import Testing

@Suite struct UpgradeTests {
    @Test func aDatabaseFromTheFirstReleasedSchemaOpensWithNothingLost() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        try FileManager.default.copyItem(atPath: fixture("upgrade/ratify-v1.sqlite"), toPath: sandbox.db)
        #expect(sandbox.run("check").status == 0)
        let export = sandbox.run("export", "--all", "--format", "json")
        #expect(export.status == 0)
        #expect(export.stdout == (try String(contentsOfFile: fixture("upgrade/ratify-v1.export.json"), encoding: .utf8)))
        #expect(
            sandbox.run("history", "--json").stdout
                == (try String(contentsOfFile: fixture("upgrade/ratify-v1.history-hanoi.json"), encoding: .utf8)))
        // The alerts already delivered stay delivered.
        #expect(sandbox.run("alert", "--as-of", "2026-11-23").stdout.isEmpty)
        #expect(sandbox.run("record", "PER", "signature", "2025-10-25").status == 0)
        // Its correction (#164 replaced #163) moved to v2's correction table
        // and still binds: #163 stays out of effect, #164 can be corrected.
        let again = sandbox.run("correct", "163", "--date", "2026-11-08", "--reason", "r", "--as-of", "2026-11-23")
        #expect(again.status == 65 && again.stderr.contains("action #163 was corrected since: #164 is the one in effect"))
        #expect(sandbox.run("correct", "164", "--date", "2026-11-08", "--reason", "r", "--as-of", "2026-11-23").status == 0)
        #expect(sandbox.run("check").status == 0)
    }

    @Test func backupMakesAWorkingCopy() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        let copy = sandbox.path("backup.sqlite")
        let run = sandbox.run("backup", copy)
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
        #expect(sandbox.run("--db", copy, "export").stdout == sandbox.run("export").stdout)
    }

    @Test func checkFindsARecordThatBreaksTheRules() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        #expect(sandbox.run("check").stdout.isEmpty)
        // Narrow the signature period after the fact: Mauritius signed on 19 Nov 2025.
        var definition = try String(contentsOfFile: sandbox.write("h.json", sandbox.run("treaty", "show", "hanoi").stdout), encoding: .utf8)
        definition = definition.replacingOccurrences(of: "\"2026-12-31\"", with: "\"2025-10-26\"")
        _ = sandbox.write("h.json", definition)
        #expect(sandbox.run("treaty", "add", sandbox.path("h.json")).status == 0)
        let check = sandbox.run("check")
        #expect(
            check.status == 65
                && check.stdout.contains("Mauritius (MUS) signature 2025-11-19: the signature is outside the treaty's signature period"))
    }
}
