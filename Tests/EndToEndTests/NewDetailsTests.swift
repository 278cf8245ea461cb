import Foundation
import Testing

/// A reference or note given for an action already recorded is recorded
/// (as a correction, with the reason) or refused with a message: never
/// dropped (issue 20, item 2).
@Suite struct NewDetailsTests {
    func recorded() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "VNM", "signature", "2025-10-25", "-q")
        sandbox.run("record", "VNM", "ratification", "2026-02-10", "-q")
        return sandbox
    }

    @Test func recordingAnActionAgainWithAReferenceAddsIt() throws {
        let sandbox = recorded()
        let run = sandbox.run("record", "VNM", "ratification", "2026-02-10", "--ref", "C.N.101.2026.TREATIES-XVIII.16")
        #expect(run.status == 0)
        #expect(
            run.stdout
                == "corrected #2: Viet Nam (VNM) ratification 2026-02-10 [hanoi]: 'ratify record' gives the reference C.N.101.2026.TREATIES-XVIII.16 (the original stays in 'ratify history')\n"
        )
        let history = try JSONSerialization.jsonObject(with: Data(sandbox.run("history", "--json").stdout.utf8)) as! [[String: Any]]
        let latest = try #require(history.last)
        #expect(latest["reference"] as? String == "C.N.101.2026.TREATIES-XVIII.16" && latest["supersedes"] as? Int == 2)
        // The same again changes nothing; no reference at all changes nothing.
        #expect(
            sandbox.run("record", "VNM", "ratification", "2026-02-10", "--ref", "C.N.101.2026.TREATIES-XVIII.16").stdout.hasPrefix(
                "unchanged:"))
        #expect(sandbox.run("record", "VNM", "ratification", "2026-02-10").stdout.hasPrefix("unchanged:"))
    }

    @Test func aCSVRowWithANewReferenceIsACorrectionAndARepeatThatDiffersIsRefused() {
        let sandbox = recorded()
        let file = sandbox.write(
            "refs.csv", "state,action,date,reference,note\nVNM,ratification,2026-02-10,C.N.101,\nVNM,signature,2025-10-25,,\n")
        let dry = sandbox.run("import", file, "--dry-run")
        #expect(dry.stdout.contains("would correct #2: Viet Nam (VNM) ratification 2026-02-10: \(file):2 gives the reference C.N.101"))
        let run = sandbox.run("import", file)
        #expect(run.status == 0 && run.stdout == "\(file): 0 new, 1 corrected (a new reference or note), 1 unchanged\n", "\(run.stderr)")
        #expect(sandbox.run("import", file).stdout == "\(file): 0 new, 2 unchanged\n")
        let before = sandbox.snapshot()
        let twice = sandbox.write(
            "twice.csv", "state,action,date,reference\nFRA,signature,2025-10-25,C.N.1\nFRA,signature,2025-10-25,C.N.2\n")
        let refused = sandbox.run("import", twice)
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains("\(twice):3: repeats France (FRA) signature 2025-10-25 of line 2 with a different reference or note"))
        #expect(sandbox.snapshot() == before)
    }

    /// The depositary's date accepted as a correction keeps the recorded reference.
    @Test func aDepositaryCorrectionKeepsTheRecordedReference() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "Viet Nam", "signature", "2025-10-25", "-q")
        sandbox.run("record", "Viet Nam", "ratification", "2026-01-21", "--ref", "C.N.7.2026", "-q")
        let accepted = sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc", "--accept-depositary", "-q")
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let status = try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--json").stdout.utf8)) as! [String: Any]
        let vnm = try #require((status["participants"] as! [[String: Any]]).first { $0["state"] as? String == "VNM" })
        let consent = try #require(vnm["consent"] as? [String: Any])
        #expect(consent["date"] as? String == "2026-01-20" && consent["reference"] as? String == "C.N.7.2026")
    }
}
