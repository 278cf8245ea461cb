import Foundation
import Testing

/// The depositary is the authority: its table is recorded as it states it,
/// a fact that breaks a rule with a warning and a mark on the record; a
/// person's `record` and a CSV import keep the rules.
@Suite struct DepositaryAuthorityTests {
    /// 11-6.csv (Customs Facilities for Touring, 1954): the Syrian Arab
    /// Republic ratified in 1959 with no signature in the table (the United
    /// Arab Republic signed).
    func customsSandbox() -> Sandbox {
        let sandbox = Sandbox()
        sandbox.run("init")
        let definition = sandbox.write("customs.json", #"{"id": "customs", "threshold": 15, "entry_into_force": ["+90d"]}"#)
        sandbox.run("treaty", "add", definition, "--default")
        return sandbox
    }

    @Test func aFactBreakingARuleIsRecordedWithAWarningAndStaysMarked() throws {
        let sandbox = customsSandbox()
        let table = fixture("untc-tables/11-6.csv")
        let run = sandbox.run("import", table, "--format", "untc")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr
                == "\(table):78: warning: Syrian Arab Republic (SYR) ratification 1959-03-26: no signature is recorded; a ratification needs one on or before the deposit date (signature-before-consent); recorded as the depositary states it\n"
        )
        #expect(run.stdout.contains("1 recorded as the depositary states them although they break a rule"))

        let history = sandbox.run("history", "SYR").stdout
        #expect(history.contains("in effect; as recorded by the depositary (signature-before-consent)"))
        let entries = try JSONSerialization.jsonObject(with: Data(sandbox.run("history", "SYR", "--json").stdout.utf8)) as! [[String: Any]]
        let marks = try #require(entries.first?["as_recorded_by_depositary"] as? [[String: String]])
        #expect(
            marks == [
                [
                    "rule": "signature-before-consent",
                    "message": "no signature is recorded; a ratification needs one on or before the deposit date",
                ]
            ])

        // `check` lists it as an accepted deviation, not an error.
        let check = sandbox.run("check")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(
            check.stdout.hasPrefix("treaty customs: accepted deviation: \(table):78: Syrian Arab Republic (SYR) ratification 1959-03-26"))

        // Corrected by a person, it stays the depositary's fact.
        let id = try #require(entries.first?["id"] as? Int)
        let corrected = sandbox.run("correct", "\(id)", "--ref", "C.N.12.1959", "--reason", "the notification")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(sandbox.run("history", "SYR").stdout.contains("(corrects #\(id): the notification); as recorded by the depositary"))
        #expect(sandbox.run("check").status == 0)

        // The same table again changes nothing and warns of nothing.
        let again = sandbox.run("import", table, "--format", "untc")
        #expect(again.status == 0 && again.stderr.isEmpty && again.stdout.contains(": 0 new, "))
    }

    @Test func aPersonsRecordAndACSVImportKeepTheRules() {
        let sandbox = customsSandbox()
        sandbox.run("import", fixture("untc-tables/11-6.csv"), "--format", "untc", "-q")
        let before = sandbox.snapshot()
        let record = sandbox.run("record", "Tuvalu", "ratification", "2000-01-01")
        #expect(
            record.status == 65 && record.stderr.contains("Tuvalu (TUV) ratification 2000-01-01 [customs]: no signature is recorded"),
            "\(record.stderr)")
        let csv = sandbox.write("rows.csv", "state,action,date\nTuvalu,acceptance,2000-01-01\n")
        let imported = sandbox.run("import", csv)
        #expect(
            imported.status == 65 && imported.stderr.contains("rows.csv:2: Tuvalu (TUV) acceptance 2000-01-01: no signature is recorded"))
        #expect(sandbox.snapshot() == before)
    }

    /// The depositary's word is never refused: a date after today (most
    /// likely a clock that is behind) is recorded with a warning naming the
    /// rule, marked, and counts only from its date.
    @Test func aDateAfterTodayFromTheDepositaryIsRecordedWithAWarning() throws {
        let sandbox = customsSandbox()
        let future = TestDay.date.adding(days: 30)
        let written =
            "\(future.day) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][future.month - 1]) \(future.year)"
        let table = sandbox.write("table.csv", "Participant,Signature,\"Ratification, Accession(a)\"\nChile,1 Jan 2000,\(written)\n")
        let run = sandbox.run("import", table, "--format", "untc")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("table.csv:2: warning: Chile (CHL) ratification \(future): the date is after today (\(TestDay.today))"))
        let history = sandbox.run("history", "CHL").stdout
        #expect(history.contains("as recorded by the depositary (date-not-after-today)"), "\(history)")
        let status = try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--json").stdout.utf8)) as! [String: Any]
        #expect(status["instruments"] as? Int == 0)
    }

    /// An amendment is accepted without being signed: a definition that says
    /// so records the depositary's table without a warning.
    @Test func aDefinitionSaysWhichInstrumentsNeedASignature() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let amendment = sandbox.write(
            "a.json", #"{"id": "imo-28", "threshold": 80, "entry_into_force": ["+0d"], "consent_needs_signature": []}"#)
        let plain = sandbox.write("b.json", #"{"id": "imo-28-plain", "threshold": 80, "entry_into_force": ["+0d"]}"#)
        sandbox.run("treaty", "add", amendment, plain)
        #expect(sandbox.run("treaty", "show", "imo-28").stdout.contains(#""consent_needs_signature" : ["#))
        let table = fixture("untc-tables/12-1-b.csv")
        let quiet = sandbox.run("import", table, "--format", "untc", "--treaty", "imo-28", "-q")
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        let warned = sandbox.run("import", table, "--format", "untc", "--treaty", "imo-28-plain", "-q")
        #expect(warned.status == 0 && warned.stderr.components(separatedBy: ": warning: ").count - 1 == 46)
    }

    /// The depositary's kinds are actions like the others: exported and read back.
    @Test func theNewKindsRoundTripThroughAnExport() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        for (id, table) in [("sugar", "19-37.csv"), ("ccw-iv", "26-2-a.csv"), ("ilo-annex", "3-2-1.csv")] {
            let definition = sandbox.write("\(id).json", #"{"id": "\#(id)", "threshold": 20, "entry_into_force": ["+90d"]}"#)
            sandbox.run("treaty", "add", definition)
            let run = sandbox.run("import", fixture("untc-tables/\(table)"), "--format", "untc", "--treaty", id, "-q")
            #expect(run.status == 0, "\(run.stderr)")
        }
        let export = sandbox.run("export", "--all").stdout
        #expect(
            export.contains(",provisional-application,") && export.contains(",consent-to-be-bound,") && export.contains(",application,"))
        let copy = Sandbox()
        copy.run("init")
        for id in ["sugar", "ccw-iv", "ilo-annex"] { copy.run("treaty", "add", sandbox.path("\(id).json")) }
        let reimport = copy.run("import", copy.write("export.csv", export))
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(copy.run("export", "--all").stdout == export)
        // Provisional application and application never count.
        let annex =
            try JSONSerialization.jsonObject(with: Data(copy.run("status", "--treaty", "ilo-annex", "--json").stdout.utf8))
            as! [String: Any]
        #expect(annex["instruments"] as? Int == 0 && (annex["participants"] as? [Any])?.count == 124)
    }
}
