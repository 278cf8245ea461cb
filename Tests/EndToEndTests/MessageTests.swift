import Foundation
import Testing

/// Messages as a new user meets them (issue 20): said once, said right,
/// and short when a large file is wrong throughout.
@Suite struct MessageTests {
    /// A file whose every date is DD/MM/YYYY: twenty problems, then one
    /// line counting the rest by kind, then the likely cause, not one line a row.
    @Test func aLargeFileWithDayFirstDatesIsSummedUp() {
        let sandbox = Sandbox().withHanoiSignatures()
        let codes = ["AFG", "ALB", "AND", "ARG", "ARM", "BHS", "BHR", "BGD", "BRB", "BLZ"]
        let rows = (0..<300).map { "\(codes[$0 % codes.count]),accession,\(1 + $0 % 28)/0\(1 + $0 % 9)/2026" }
        let file = sandbox.write("day-first.csv", "state,action,date\n" + rows.joined(separator: "\n") + "\n")
        let run = sandbox.run("import", file)
        #expect(run.status == 65)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 23, "\(lines.count) lines: \(run.stderr.prefix(400))")
        #expect(lines[20] == "... and 280 more: 280 dates written DD/MM/YYYY")
        #expect(lines[21].hasPrefix("every date is written DD/MM/YYYY: write dates as YYYY-MM-DD (25/10/2025 is 2025-10-25)"))
        #expect(lines[22] == "ratify: error: import refused: 300 problems found; nothing was written")
    }

    /// Excel in many languages saves "CSV" with semicolons, and leaves
    /// empty trailing columns: both import.
    @Test func semicolonsAndEmptyTrailingColumnsFromASpreadsheetImport() {
        let sandbox = Sandbox().withHanoiSignatures()
        let semicolons = sandbox.write("excel.csv", "state;action;date;reference\nDEU;signature;2025-10-25;\"C.N.1; 2025\"\n")
        let run = sandbox.run("import", semicolons)
        #expect(run.status == 0 && run.stdout == "\(semicolons): 1 new, 0 unchanged\n", "\(run.stderr)")
        #expect(sandbox.run("history", "DEU").stdout.contains("C.N.1; 2025"))
        let trailing = sandbox.write("trailing.csv", "state,action,date,,\nITA,signature,2025-10-25,,\nISL,signature,2025-10-25\n")
        let second = sandbox.run("import", trailing)
        #expect(second.status == 0 && second.stdout == "\(trailing): 2 new, 0 unchanged\n", "\(second.stderr)")
        let valued = sandbox.write("valued.csv", "state,action,date,\nPRT,signature,2025-10-25,oops\n")
        let third = sandbox.run("import", valued)
        #expect(third.status == 65 && third.stderr.contains("\(valued):2: a value ('oops') in column 4, which has no name in the header"))
    }

    /// A status table pasted into a file and imported as CSV is named as one.
    @Test func aStatusTableImportedAsCSVSaysFormatUNTC() {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        let run = sandbox.run("import", fixture("untc/hanoi-status.txt"))
        #expect(run.status == 65)
        #expect(
            run.stderr.contains(
                "this looks like the depositary's status table (a Participant column), not the actions CSV: import it with --format untc"))
        #expect(run.stderr.split(separator: "\n").count == 2, "\(run.stderr)")
    }

    /// "Korea" means two States: the candidates, not a silent choice.
    @Test func anAmbiguousNameListsTheCandidates() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let run = sandbox.run("record", "Korea", "signature", "2025-10-25")
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "ratify: error: 'Korea' may mean Republic of Korea (KOR) or Democratic People's Republic of Korea (PRK): give the code or the full name\n"
        )
        #expect(sandbox.run("record", "South Korea", "signature", "2025-10-25", "-q").status == 0)
    }

    /// The default database follows $HOME as the environment has it.
    @Test func theDefaultDatabaseFollowsHome() {
        let sandbox = Sandbox()
        let home = sandbox.path("home")
        var env = sandbox.environment
        env["RATIFY_DB"] = nil
        env["XDG_DATA_HOME"] = nil
        sandbox.environment = env
        #expect(sandbox.run("init", env: ["HOME": home]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/ratify/ratify.sqlite"))
    }

    /// An --exec that cannot run says why (not "cannot find it on PATH"),
    /// as a usage error before any alert is claimed.
    @Test func anExecThatCannotRunSaysWhyBeforeClaimingAnything() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init")
        let script = sandbox.write("deliver.sh", "#!/bin/sh\ncat > /dev/null\n")
        let run = sandbox.run("alert", "--exec", script)
        #expect(run.status == 64 && run.stderr.hasPrefix("ratify: error: --exec: \(script) is not executable (chmod +x \(script))"))
        #expect(sandbox.run("alert", "--exec", "no-such-program-here").stderr.contains("cannot find 'no-such-program-here' on PATH"))
        #expect(sandbox.run("alert", "--exec", sandbox.folder.path).stderr.contains("is a folder, not a program"))
        #expect(sandbox.run("alert", "list").stdout.contains("pending") == false)
    }
}
