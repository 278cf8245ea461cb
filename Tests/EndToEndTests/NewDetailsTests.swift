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

    /// A reference other than the recorded one is refused, naming both and
    /// the correction that would replace it: two sources never overwrite
    /// each other in turn, and a file imported twice still changes nothing.
    @Test func aReferenceOtherThanTheRecordedOneIsRefusedNamingTheCorrection() {
        let sandbox = recorded()
        sandbox.run("record", "VNM", "ratification", "2026-02-10", "--ref", "C.N.101", "-q")
        let before = sandbox.snapshot()
        let typed = sandbox.run("record", "VNM", "ratification", "2026-02-10", "--ref", "C.N.999")
        #expect(typed.status == 65)
        #expect(
            typed.stderr
                == "ratify: error: Viet Nam (VNM) ratification 2026-02-10 is already recorded (#3) with the reference 'C.N.101', not 'C.N.999': replace it with: ratify correct 3 --ref \"C.N.999\" --reason \"...\"\n"
        )
        let file = sandbox.write("other.csv", "state,action,date,reference,note\nVNM,ratification,2026-02-10,C.N.555,\n")
        let imported = sandbox.run("import", file)
        #expect(imported.status == 65)
        #expect(
            imported.stderr
                == "\(file):2: Viet Nam (VNM) ratification 2026-02-10 is already recorded (#3) with the reference 'C.N.101', not 'C.N.555': make the file agree with the record, or replace it with: ratify correct 3 --ref \"C.N.555\" --reason \"...\"\nratify: error: import refused: 1 problem found; nothing was written\n"
        )
        let note = sandbox.run("record", "VNM", "ratification", "2026-02-10", "--note", "by decree")
        #expect(note.status == 0 && note.stdout.hasPrefix("corrected #3:"), "a note the record lacks is still added")
        #expect(sandbox.run("record", "VNM", "ratification", "2026-02-10", "--note", "by law").status == 65)
        #expect(sandbox.snapshot() != before)
    }

    /// `void` and `correct` on a replaced action name the one in effect, and the command typed.
    @Test func voidingAReplacedActionNamesTheActionInEffectAndTheSameCommand() {
        let sandbox = recorded()
        sandbox.run("correct", "2", "--ref", "C.N.1", "--reason", "ref", "-q")
        sandbox.run("correct", "3", "--ref", "C.N.2", "--reason", "typo", "-q")
        let before = sandbox.snapshot()
        let void = sandbox.run("void", "2", "--reason", "x")
        #expect(void.status == 65)
        #expect(
            void.stderr
                == "ratify: error: action #2 was corrected since: #4 is the one in effect ('ratify history' shows each step); run 'ratify void 4' instead\n"
        )
        #expect(sandbox.run("correct", "3", "--ref", "C.N.3", "--reason", "x").stderr.contains("run 'ratify correct 4' instead"))
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
