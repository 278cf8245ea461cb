import Foundation
import Testing

/// The commands as a user runs them: stdout, stderr and the exit code.
@Suite struct CommandTests {
    @Test func initCreatesTheDatabaseAndItsFolderOnceAndIsSilentAfter() {
        let sandbox = Sandbox()
        let nested = sandbox.path("a/b/ratify.sqlite")
        let first = sandbox.run("--db", nested, "init")
        #expect(first.status == 0 && first.stdout.isEmpty && first.stderr.contains("created"))
        let second = sandbox.run("--db", nested, "init")
        #expect(second.status == 0 && second.stdout.isEmpty && second.stderr.isEmpty)
        let list = sandbox.run("--db", nested, "treaty", "list")
        #expect(list.stdout.contains("hanoi") && list.stdout.contains("*"))
    }

    @Test func theDatabasePathComesFromDbThenRatifyDbThenXDG() {
        let sandbox = Sandbox()
        var env = sandbox.environment
        env["RATIFY_DB"] = nil
        sandbox.environment = env
        let xdg = sandbox.path("xdg")
        #expect(sandbox.run("init", env: ["XDG_DATA_HOME": xdg]).status == 0)
        #expect(FileManager.default.fileExists(atPath: xdg + "/ratify/ratify.sqlite"))
        let viaEnv = sandbox.path("env.sqlite")
        #expect(sandbox.run("init", env: ["RATIFY_DB": viaEnv]).status == 0)
        #expect(FileManager.default.fileExists(atPath: viaEnv))
    }

    @Test func anyOtherCommandWithoutADatabaseIsExit66AndCreatesNothing() {
        let sandbox = Sandbox()
        for arguments in [["status"], ["record", "FRA", "signature", "2025-10-25"], ["export"], ["history"], ["treaty", "list"]] {
            let run = sandbox.run(arguments)
            #expect(run.status == 66, "\(arguments)")
            #expect(run.stderr.contains(sandbox.db) && run.stderr.contains("ratify init"))
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
    }

    @Test func recordAndStatus() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        #expect(
            sandbox.run("record", "Viet Nam", "signature", "2025-10-25").stdout == "recorded: Viet Nam (VNM) signature 2025-10-25 [hanoi]\n"
        )
        #expect(sandbox.run("record", "vnm", "ratification", "2026-02-10", "--ref", "C.N.101.2026.TREATIES-XVIII.16").status == 0)
        let again = sandbox.run("record", "Vietnam", "ratification", "2026-02-10")
        #expect(again.status == 0 && again.stdout.hasPrefix("unchanged:"))
        let json =
            try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--json", "--as-of", "2026-11-22").stdout.utf8))
            as! [String: Any]
        #expect(json["treaty"] as? String == "hanoi" && json["as_of"] as? String == "2026-11-22")
        #expect(json["threshold"] as? Int == 40 && json["signatories"] as? Int == 1 && json["instruments"] as? Int == 1)
        #expect(json["counted"] as? Int == 1 && json["remaining"] as? Int == 39 && json["in_force"] as? Bool == false)
        #expect(json["threshold_reached_on"] is NSNull && json["entry_into_force"] is NSNull)
        let participant = (json["participants"] as! [[String: Any]])[0]
        #expect(participant["state"] as? String == "VNM" && participant["name"] as? String == "Viet Nam")
        #expect(
            participant["signature"] as? String == "2025-10-25" && participant["in_force_for"] is NSNull
                && participant["denunciation"] is NSNull)
        let consent = participant["consent"] as! [String: Any]
        #expect(consent["action"] as? String == "ratification" && consent["date"] as? String == "2026-02-10")
    }

    @Test func aBrokenRuleIsExit65NamingParticipantActionAndRuleAndWritesNothing() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let before = sandbox.snapshot()
        let cases: [([String], String)] = [
            (["record", "DEU", "ratification", "2026-01-10"], "Germany (DEU) ratification 2026-01-10: no signature is recorded"),
            (["record", "FRA", "signature", "2025-11-01"], "France (FRA) signature 2025-11-01: already signed on 2025-10-25"),
            (["record", "FRA", "denunciation", "2026-01-10"], "France (FRA) denunciation 2026-01-10: no instrument of consent"),
            (["record", "Frnace", "signature", "2025-10-25"], "unknown participant 'Frnace': did you mean 'France'"),
            (["record", "FRA", "signing", "2025-10-25"], "unknown action 'signing': expected one of signature, ratification"),
            (["record", "FRA", "signature", "2025-02-30"], "2025-02-30 is not a real calendar date: February 2025 has 28 days"),
            (["record", "FRA", "signature", "25 Oct 2025"], "is not a date: write it as YYYY-MM-DD"),
            (["status", "--as-of", "2026-13-01"], "there is no month 13"),
            (["status", "--treaty", "nope"], "unknown treaty 'nope': known treaties are hanoi"),
        ]
        for (arguments, message) in cases {
            let run = sandbox.run(arguments, env: ["TZ": "UTC"])
            #expect(run.status == 65, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty && !run.stderr.contains("Fatal error"))
        }
        #expect(sandbox.snapshot() == before)
    }

    /// Whatever the day the suite runs (scripts/test moves it years ahead
    /// and behind): an action dated today is recorded, one dated tomorrow is
    /// refused naming today, and --as-of moves today for one command.
    @Test func aDateAfterTodayIsRefusedWhateverTheDay() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let before = sandbox.snapshot()
        let tomorrow = sandbox.run("record", "FRA", "accession", TestDay.days(1))
        #expect(tomorrow.status == 65, "\(tomorrow.stderr)")
        #expect(
            tomorrow.stderr
                == "ratify: error: France (FRA) accession \(TestDay.days(1)): the date is after today (\(TestDay.today)); record an action once it has happened, or pass --as-of when replaying history\n"
        )
        #expect(sandbox.snapshot() == before)
        // An --as-of after today would let the same date in by the back door: refused (64).
        let ahead = sandbox.run("record", "FRA", "accession", TestDay.days(1), "--as-of", TestDay.days(1))
        #expect(ahead.status == 64 && ahead.stderr.hasPrefix("ratify: error: --as-of \(TestDay.days(1)) is after today (\(TestDay.today))"))
        #expect(sandbox.snapshot() == before)
        #expect(sandbox.run("record", "DEU", "accession", TestDay.today, "-q").status == 0)
        let status = sandbox.run("status", "--json").stdout
        #expect(status.contains("\"as_of\" : \"\(TestDay.today)\"") && status.contains("\"instruments\" : 1,"), "\(status)")
    }

    /// RATIFY_TODAY must be a date; anything else is a usage error naming it.
    @Test func aMalformedRatifyTodayIsAUsageError() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let run = sandbox.run("status", env: ["RATIFY_TODAY": "tomorrow"])
        #expect(run.status == 64 && run.stderr.contains("RATIFY_TODAY=tomorrow: 'tomorrow' is not a date"), "\(run.stderr)")
        #expect(sandbox.run("status", "--as-of", "2026-01-01", env: ["RATIFY_TODAY": "tomorrow"]).status == 0)
    }

    /// One broken rule is one line about the action typed: a second
    /// signature does not also blame the recorded one (nor name the file it
    /// was imported from), and a `record` never says "import refused".
    @Test func aSecondSignatureIsOneLineAboutTheActionTyped() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let run = sandbox.run("record", "CHN", "signature", "2025-10-26")
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "ratify: error: China (CHN) signature 2025-10-26: already signed on 2025-10-25; a participant signs once (use 'ratify correct' to change a recorded date)\n"
        )
        let second = sandbox.run("record", "VNM", "accession", "2026-03-01")
        #expect(second.status == 0)
        let again = sandbox.run("record", "VNM", "ratification", "2026-04-01")
        #expect(
            again.stderr.split(separator: "\n").count == 1 && again.stderr.contains("already bound by an accession of 2026-03-01"),
            "\(again.stderr)")
    }

    /// Voiding an action another one depends on names the one left in
    /// breach and what to do first (not "record the signature first").
    @Test func aVoidThatWouldBreakARuleSaysWhatToDoFirst() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "FRA", "signature", "2025-10-25", "-q")
        sandbox.run("record", "FRA", "ratification", "2026-01-10", "-q")
        let run = sandbox.run("void", "1", "--reason", "entered in error")
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "ratify: error: voiding #1 (France (FRA) signature 2025-10-25) would leave France (FRA) ratification 2026-01-10 (#2) in breach: no signature is recorded; a ratification needs one on or before the deposit date; void or correct #2 first\n"
        )
    }

    @Test func usageErrorsAreExit64() {
        let sandbox = Sandbox()
        sandbox.run("init")
        for arguments in [["frobnicate"], ["record", "FRA"], ["status", "--colour"], ["import"], ["correct", "1", "--reason", "x"]] {
            let run = sandbox.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty && run.stdout.isEmpty)
        }
    }

    @Test func importIsAllOrNothingAndReportsEveryBadRow() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let before = sandbox.snapshot()
        let file = sandbox.write(
            "bad.csv",
            "state,action,date\nFRA,ratification,2026-03-01\nNarnia,signature,2025-10-25\nDEU,ratification,2026-03-01\nITA,signature,2025-02-30\n"
        )
        let run = sandbox.run("import", file)
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file):3: unknown participant 'Narnia'"))
        #expect(run.stderr.contains("\(file):5: 2025-02-30 is not a real calendar date"))
        #expect(run.stderr.contains("nothing was written"))
        #expect(sandbox.snapshot() == before)
        // With the row problems fixed, the rules are checked: DEU never signed.
        let rules = sandbox.write("rules.csv", "state,action,date\nFRA,ratification,2026-03-01\nDEU,ratification,2026-03-01\n")
        let second = sandbox.run("import", rules)
        #expect(
            second.status == 65 && second.stderr.contains("\(rules):3: Germany (DEU) ratification 2026-03-01: no signature is recorded"))
        #expect(sandbox.snapshot() == before)
    }

    @Test func importIsIdempotentOrderFreeAndHasADryRun() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let file = sandbox.write("new.csv", "state,action,date\nDEU,ratification,2026-03-01\nDEU,signature,2025-12-01\n")
        let dry = sandbox.run("import", file, "--dry-run")
        #expect(dry.status == 0 && dry.stdout.contains("2 new, 0 unchanged (dry run: nothing written)"))
        #expect(sandbox.run("import", file).stdout == "\(file): 2 new, 0 unchanged\n")
        #expect(sandbox.run("import", file).stdout == "\(file): 0 new, 2 unchanged\n")
        #expect(
            sandbox.run("import", "-", stdin: "state,action,date\nFRA,signature,2025-10-25\n").stdout == "<stdin>: 0 new, 1 unchanged\n")
    }

    @Test func inputFileProblems() {
        let sandbox = Sandbox().withHanoiSignatures()
        #expect(sandbox.run("import", sandbox.path("missing.csv")).status == 66)
        #expect(sandbox.run("import", sandbox.folder.path).status == 74)
        #expect(sandbox.run("treaty", "add", sandbox.path("missing.json")).status == 66)
        let notUTF8 = sandbox.path("latin1.csv")
        try! Data([0x73, 0x74, 0x61, 0x74, 0x65, 0x0A, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: notUTF8))
        let run = sandbox.run("import", notUTF8)
        #expect(run.status == 65 && run.stderr.contains("\(notUTF8):2: the file is not UTF-8 text"))
    }

    @Test func anExportImportsBackIntoAnEmptyDatabaseAndYieldsTheSameExport() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        for format in ["csv", "json"] {
            let exported = sandbox.run("export", "--format", format)
            #expect(exported.status == 0)
            let file = sandbox.write("export.\(format)", exported.stdout)
            let other = sandbox.path("other-\(format).sqlite")
            sandbox.run("--db", other, "init")
            let imported = sandbox.run("--db", other, "import", file)
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(sandbox.run("--db", other, "export", "--format", format).stdout == exported.stdout)
        }
    }

    @Test func correctionsAndVoidsAreNewRecordsShownInHistory() {
        let sandbox = Sandbox()
        sandbox.run("init")
        sandbox.run("record", "FRA", "signature", "2025-10-26")
        let corrected = sandbox.run("correct", "1", "--date", "2025-10-25", "--reason", "UNTC shows 25 Oct")
        #expect(corrected.status == 0 && corrected.stdout == "corrected #1 as #2: France (FRA) signature 2025-10-25\n")
        let again = sandbox.run("correct", "1", "--date", "2025-10-27", "--reason", "x")
        #expect(again.status == 65 && again.stderr.contains("#2 is the one in effect"))
        #expect(sandbox.run("void", "2", "--reason", "entered in error").status == 0)
        let history = sandbox.run("history", "France")
        #expect(history.stdout.contains("corrected by #2") && history.stdout.contains("void: entered in error"))
        #expect(history.stdout.contains("corrects #1: UNTC shows 25 Oct"))
        #expect(
            sandbox.run("status", "--json").stdout.contains("\"participants\" : [\n\n  ]")
                || sandbox.run("status", "--json").stdout.contains("\"participants\" : []"))
        #expect(sandbox.run("void", "9", "--reason", "x").stderr.contains("no action #9"))
    }

    /// With more than one treaty in the database, a broken rule names the
    /// treaty, as the success line does; with one, it need not.
    @Test func aBrokenRuleNamesTheTreatyWhenTheDatabaseHoldsSeveral() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        sandbox.run("record", "FRA", "signature", "2025-10-25", "-q")
        #expect(sandbox.run("record", "FRA", "signature", "2025-10-26").stderr.contains("France (FRA) signature 2025-10-26: already"))
        sandbox.run("treaty", "add", fixture("cases/bbnj/treaty.json"), "-q")
        let refused = sandbox.run("record", "FRA", "signature", "2025-10-26")
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("ratify: error: France (FRA) signature 2025-10-26 [hanoi]: already signed on 2025-10-25"))
        let corrected = sandbox.run("correct", "1", "--date", "2025-10-20", "--reason", "x")
        #expect(corrected.status == 65 && corrected.stderr.contains("France (FRA) signature 2025-10-20 [hanoi]: the signature is outside"))
    }

    /// One-character paths (which crash Foundation's NSString path methods
    /// here) work as database, backup and output names.
    @Test func oneCharacterFileNamesWork() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        let env = ["PWD": sandbox.folder.path]
        #expect(sandbox.run(["--db", "a", "init", "-q"], env: env, cwd: sandbox.folder).status == 0)
        #expect(sandbox.run(["--db", "a", "backup", "b"], env: env, cwd: sandbox.folder).status == 0)
        #expect(sandbox.run(["--db", "a", "report", "--output", "c"], env: env, cwd: sandbox.folder).status == 0)
        #expect(["a", "b", "c"].allSatisfy { FileManager.default.fileExists(atPath: sandbox.path($0)) })
    }

    /// The signature period is checked on the day a signature is recorded
    /// (here a day after it closes, with today moved there).
    @Test func aSignatureAfterThePeriodClosesIsRefused() {
        let sandbox = Sandbox(today: "2027-02-01")
        sandbox.run("init")
        let run = sandbox.run("record", "DEU", "signature", "2027-01-05")
        #expect(run.status == 65 && run.stderr.contains("outside the treaty's signature period (2025-10-25 to 2026-12-31)"))
    }

    /// `export --output FILE.json` writes JSON, as `import FILE.json` expects.
    @Test func exportChoosesItsFormatByTheOutputsExtensionAsImportDoes() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        #expect(sandbox.run("export", "--output", sandbox.path("all.json")).status == 0)
        let text = (try? String(contentsOfFile: sandbox.path("all.json"), encoding: .utf8)) ?? ""
        #expect(text.hasPrefix("{"), "\(text.prefix(80))")
        #expect(sandbox.run("import", sandbox.path("all.json")).stdout.contains("0 new"))
    }

    /// `check --as-of` a past day checks the record as it stood then, and
    /// finds nothing "after today" in what came later.
    @Test func checkAsOfAPastDayReplaysTheRecordOfThatDay() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        let replay = sandbox.run("check", "--as-of", "2026-01-01")
        #expect(replay.status == 0 && replay.stdout.isEmpty, "\(replay.stdout)")
    }

    /// A JSON export restores a new database: `treaty add` takes the
    /// definitions it holds, then `import` the actions; before that, the
    /// import says so once per treaty.
    @Test func aJSONExportRestoresANewDatabaseWithTreatyAddThenImport() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("treaty", "add", fixture("cases/bbnj/treaty.json"), "-q")
        sandbox.run("record", "FRA", "signature", "2023-09-20", "--treaty", "bbnj", "-q")
        let export = sandbox.path("all.json")
        #expect(sandbox.run("export", "--all", "--output", export).status == 0)
        let fresh = ["--db", sandbox.path("fresh.sqlite")]
        #expect(sandbox.run(fresh + ["init", "-q"]).status == 0)
        let early = sandbox.run(fresh + ["import", export])
        #expect(
            early.status == 65
                && early.stderr.contains("unknown treaty 'bbnj' (1 action): add its definition first, e.g. 'ratify treaty add"))
        #expect(early.stderr.components(separatedBy: "unknown treaty").count == 2)
        #expect(sandbox.run(fresh + ["treaty", "add", export]).stdout.contains("added: bbnj"))
        #expect(sandbox.run(fresh + ["import", export]).status == 0)
        #expect(
            sandbox.run(fresh + ["export", "--all", "--format", "json"]).stdout == sandbox.run("export", "--all", "--format", "json").stdout
        )
    }

    @Test func treatyDefinitions() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let bad = sandbox.write("bad.json", #"{"id": "x", "threshold": 3, "conditions": [{"count": 3}], "entry_into_force": ["+90d"]}"#)
        let refused = sandbox.run("treaty", "add", bad)
        #expect(refused.status == 65 && refused.stderr.contains("field 'threshold': expected either 'threshold' or 'conditions', not both"))
        #expect(sandbox.run("treaty", "add", fixture("cases/bbnj/treaty.json")).stdout == "added: bbnj\n")
        #expect(
            sandbox.run("treaty", "add", fixture("cases/bbnj/treaty.json"), "--default").stdout
                == "default: bbnj is now the default treaty (its definition is unchanged)\n")
        #expect(
            sandbox.run("treaty", "add", fixture("cases/bbnj/treaty.json"), "--default").stdout
                == "unchanged: bbnj (already the default treaty)\n")
        let list = sandbox.run("treaty", "list", "--json").stdout
        #expect(list.contains("\"id\" : \"bbnj\"") && list.contains("\"default\" : true"))
        #expect(sandbox.run("status", "--json").stdout.contains("\"treaty\" : \"bbnj\""))
    }

    @Test func theDatabaseStayingBusyIsExit75() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        // Another process holds the write lock for longer than the wait.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [sandbox.db]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        writeAll(
            input.fileHandleForWriting.fileDescriptor,
            "PRAGMA busy_timeout=5000; BEGIN IMMEDIATE; INSERT INTO setting VALUES ('lock', 'x');\n")
        Thread.sleep(forTimeInterval: 0.5)
        let run = sandbox.run("record", "FRA", "signature", "2025-10-25", env: ["RATIFY_BUSY_TIMEOUT": "0.3"])
        writeAll(input.fileHandleForWriting.fileDescriptor, "ROLLBACK;\n")
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(run.status == 75, "\(run.stderr)")
        #expect(run.stderr.contains("stayed busy"))
        #expect(sandbox.run("record", "FRA", "signature", "2025-10-25").status == 0)
    }

    @Test func aNewerDatabaseIsExit78AndUntouched() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [sandbox.db, "INSERT INTO grdb_migrations VALUES ('v2-from-the-future'); PRAGMA wal_checkpoint(TRUNCATE);"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.db))
        let run = sandbox.run("status")
        #expect(run.status == 78 && run.stderr.contains("newer version of ratify"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.db)) == before)
    }

    @Test func theDatabaseCannotBeCreatedIsExit73() {
        let sandbox = Sandbox()
        let file = sandbox.write("plain-file", "x")
        let run = sandbox.run("--db", file + "/sub/ratify.sqlite", "init")
        #expect(run.status == 73 && run.stderr.contains("cannot create"))
    }

    @Test func aFileThatIsNotADatabaseIsRefusedClearly() {
        let sandbox = Sandbox()
        let file = sandbox.write("notes.sqlite", String(repeating: "hello\n", count: 500))
        let run = sandbox.run("--db", file, "status")
        #expect(run.status == 66 && run.stderr.contains("is not a ratify database") && !run.stderr.contains("Fatal"))
    }

    @Test func projectionsWithAssume() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        let codes = [
            "AUS", "AUT", "AZE", "BEL", "BRA", "BRN", "BFA", "KHM", "CHL", "CRI", "CIV", "CZE", "PRK", "COD", "DJI", "DOM", "ECU", "FRA",
            "GRC", "GNB", "IRL", "JAM", "LAO", "LBY", "LUX", "MDV", "MYS", "MLI", "MAR",
        ]
        let assume = codes.flatMap { ["--assume", "\($0)=2027-03-01"] }
        let json =
            try JSONSerialization.jsonObject(with: Data(sandbox.run(["status", "--json", "--as-of", "2027-06-01"] + assume).stdout.utf8))
            as! [String: Any]
        #expect(json["threshold_reached_on"] as? String == "2027-03-01" && json["entry_into_force"] as? String == "2027-05-30")
        // A malformed value is said in ratify's voice, with the command's help, not the root usage.
        let malformed = sandbox.run("status", "--assume", "FRA")
        #expect(malformed.status == 64)
        #expect(
            malformed.stderr
                == "ratify: error: --assume takes STATE=DATE[:ACTION], e.g. --assume FRA=2027-03-01:approval; got 'FRA'\nSee 'ratify status --help'.\n"
        )
        let unknownOption = sandbox.run("status", "--colour")
        #expect(
            unknownOption.stderr.hasPrefix("ratify: error: Unknown option '--colour'\nUsage: ratify status "), "\(unknownOption.stderr)")
    }

    @Test func statusOfEveryTreaty() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        sandbox.run("treaty", "add", fixture("cases/untoc/treaty.json"), fixture("cases/rome/treaty.json"), "-q")
        sandbox.run("import", fixture("cases/rome/timeline.csv"), "-q")
        let list = try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--all", "--json").stdout.utf8)) as! [[String: Any]]
        #expect(list.map { $0["treaty"] as? String } == ["hanoi", "rome", "untoc"])
        #expect(list[1]["entry_into_force"] as? String == "2002-07-01" && list[0]["signatories"] as? Int == 69)
        let text = sandbox.run("status", "--all").stdout
        #expect(text.contains("rome") && text.contains("2002-07-01 (in force)"))
        #expect(sandbox.run("status", "--all", "--treaty", "rome").status == 64)
    }

    /// The JSON of history, export and alerts names every field, `null`
    /// included, as `status --json` does: scripts read them by name.
    @Test func jsonOutputsWriteNullForWhatIsMissing() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("alert", "config", "--enable", "instrument")
        #expect(sandbox.run("record", "FRA", "ratification", "2026-11-20", "-q").status == 0)
        func object(_ text: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        }
        // The ratification recorded above has no reference or note.
        func isIt(_ row: [String: Any]) -> Bool { row["state"] as? String == "FRA" && row["action"] as? String == "ratification" }
        let history = try JSONSerialization.jsonObject(with: Data(sandbox.run("history", "--json").stdout.utf8)) as! [[String: Any]]
        let entry = try #require(history.first(where: isIt))
        for key in ["reference", "note", "supersedes", "reason", "superseded_by", "voided"] {
            #expect(entry[key] is NSNull, "history: \(key)")
        }
        let export = try object(sandbox.run("export", "--format", "json").stdout)
        let actions = ((export["treaties"] as! [[String: Any]])[0]["actions"] as! [[String: Any]])
        let exported = try #require(actions.first(where: isIt))
        #expect(exported["reference"] is NSNull && exported["note"] is NSNull)
        let alert = try object(sandbox.run("alert", "--json").stdout)
        #expect(alert["kind"] as? String == "instrument")
        #expect(alert["threshold_reached_on"] is NSNull && alert["entry_into_force"] is NSNull)
    }
}
