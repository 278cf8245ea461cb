import Foundation
import Testing

@Suite struct DepositaryImportTests {
    @Test(arguments: ["hanoi-status.txt", "hanoi-status.html", "XVIII-16.en.xml", "hanoi-status-noheader.txt", "bbnj-style-header.txt"])
    func eachFormatShowsItsDiffFirstAndIsIdempotent(_ file: String) {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        let dry = sandbox.run("import", fixture("untc/\(file)"), "--format", "untc", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("new signature: ") && dry.stdout.contains("(dry run: nothing written)"))
        #expect(sandbox.run("history").stderr.contains("no actions recorded"))
        let first = sandbox.run("import", fixture("untc/\(file)"), "--format", "untc")
        #expect(first.status == 0 && first.stdout.contains("new instrument: "))
        let again = sandbox.run("import", fixture("untc/\(file)"), "--format", "untc")
        #expect(again.status == 0 && again.stdout.contains(": 0 new, ") && !again.stdout.contains("new signature"))
    }

    @Test func suffixesFootnotesAndTheEURowBecomeActions() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc", "-q")
        let status = try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--json").stdout.utf8)) as! [String: Any]
        let participants = Dictionary(
            uniqueKeysWithValues: (status["participants"] as! [[String: Any]]).map { ($0["state"] as! String, $0) })
        func consent(_ code: String) -> String? { (participants[code]?["consent"] as? [String: Any])?["action"] as? String }
        #expect(consent("AUS") == "acceptance" && consent("BEL") == "approval" && consent("NLD") == "accession")
        #expect(consent("BRA") == "ratification" && consent("EUU") == "approval")
        #expect(participants["BLR"]?["signature"] as? String == "2025-10-25")  // "Belarus7": footnote stripped
        #expect(participants["MUS"]?["signature"] as? String == "2025-11-19")
        #expect(participants["EUU"]?["counted"] as? Bool == false)
    }

    @Test func aConflictFailsUnlessTheDepositarysDateIsAccepted() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "Viet Nam", "signature", "2025-10-25")
        sandbox.run("record", "Viet Nam", "ratification", "2026-01-21")
        let before = sandbox.snapshot()
        let refused = sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc")
        #expect(refused.status == 65)
        // The conflict is said once, on stderr (not also in the diff on stdout).
        #expect(!refused.stdout.contains("2026-01-21"), "\(refused.stdout)")
        #expect(
            refused.stderr.components(separatedBy: "recorded ratification 2026-01-21 (#2), the depositary shows ratification 2026-01-20")
                .count
                == 2)
        #expect(refused.stderr.contains("--accept-depositary"))
        #expect(sandbox.snapshot() == before)
        let accepted = sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc", "--accept-depositary")
        #expect(accepted.status == 0 && accepted.stdout.contains("1 corrected"), "\(accepted.stderr)")
        let history = sandbox.run("history", "VNM").stdout
        #expect(history.contains("corrected by #") && history.contains("the depositary's status table"))
        #expect(accepted.stdout.contains("corrected: ") && accepted.stdout.contains("recorded ratification 2026-01-21 (#2)"))
    }

    /// A dry run shows the whole diff and the count, conflicts included,
    /// then says the import would be refused (65), writing nothing.
    @Test func aDryRunWithAConflictShowsTheWholeDiffThenRefuses() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "Viet Nam", "signature", "2025-10-25", "-q")
        sandbox.run("record", "Viet Nam", "ratification", "2026-01-21", "-q")
        let before = sandbox.snapshot()
        let dry = sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc", "--dry-run")
        #expect(dry.status == 65)
        #expect(
            dry.stdout.contains("new instrument: ") && dry.stdout.contains("1 in conflict")
                && dry.stdout.contains("(dry run: nothing written)"))
        #expect(dry.stderr.contains("recorded ratification 2026-01-21 (#2), the depositary shows ratification 2026-01-20"))
        #expect(sandbox.snapshot() == before)
    }

    /// What the record holds and the table does not show is said once, as a notice.
    @Test func anActionOnRecordThatTheTableDoesNotShowIsNoticed() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc", "-q")
        sandbox.run("record", "Peru", "signature", "2025-10-25", "-q")
        let again = sandbox.run("import", fixture("untc/hanoi-status.txt"), "--format", "untc")
        #expect(again.status == 0 && again.stdout.contains(": 0 new, "))
        #expect(
            again.stderr.contains("notice: the table does not show this action on record: Peru (PER) signature 2025-10-25 (#"),
            "\(again.stderr)")
    }

    @Test func malformedTablesAreReportedByLine() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        let run = sandbox.run("import", fixture("untc/malformed.txt"), "--format", "untc")
        let file = fixture("untc/malformed.txt")
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file):3: 31 Feb 2024 is not a real calendar date: February 2024 has 29 days"))
        #expect(run.stderr.contains("\(file):4: '25 Oc'"))
        #expect(!run.stderr.contains("\(file):5:"))  // an unknown letter is a notice, and a refused table prints none
        #expect(run.stderr.contains("\(file):6: unknown participant 'Frnace': did you mean 'France'"))
        #expect(sandbox.run("history").stderr.contains("no actions recorded"))
    }
}
