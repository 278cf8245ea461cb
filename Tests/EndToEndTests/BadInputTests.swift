import Foundation
import Testing

/// Bad input across every command and format: the contract's exit code, a
/// message saying what is wrong and where, no crash, the record unchanged.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var message: String
        var files: [String: [UInt8]] = [:]
        var testDescription: String { arguments.joined(separator: " ").prefix(80) + "" }
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    static let cases: [Case] = [
        // Dates
        Case(arguments: ["record", "FRA", "signature", "2025-02-30"], status: 65, message: "February 2025 has 28 days"),
        Case(arguments: ["record", "DEU", "signature", "2025-13-01"], status: 65, message: "there is no month 13"),
        Case(arguments: ["record", "DEU", "signature", "20251025"], status: 65, message: "is not a date: write it as YYYY-MM-DD"),
        Case(arguments: ["record", "DEU", "signature", "26 Oct 2025"], status: 65, message: "is not a date"),
        Case(
            arguments: ["record", "DEU", "signature", TestDay.scenarioDay(1)], status: 65, message: "after today (\(TestDay.scenarioToday))"
        ),
        Case(arguments: ["status", "--as-of", "2026-02-30"], status: 65, message: "not a real calendar date"),
        Case(arguments: ["report", "--since", "2026-99-01"], status: 65, message: "there is no month 99"),
        // Participants, actions, treaties
        Case(arguments: ["record", "Narnia", "signature", "2025-10-25"], status: 65, message: "unknown participant 'Narnia'"),
        Case(arguments: ["record", "", "signature", "2025-10-25"], status: 65, message: "unknown participant ''"),
        Case(
            arguments: ["record", "'; DROP TABLE action; --", "signature", "2025-10-25"], status: 65,
            message: "unknown participant ''; DROP TABLE action; --'"),
        Case(
            arguments: ["record", String(repeating: "Ruritania ", count: 10_000), "signature", "2025-10-25"], status: 65,
            message: "(100000 characters)"),
        Case(arguments: ["record", "FRA", "sign", "2025-10-25"], status: 65, message: "unknown action 'sign'"),
        Case(
            arguments: ["import", "long-note.json", "--format", "json"], status: 65,
            message: "the note is 300000 bytes, over the limit of 256 KiB: shorten it",
            files: [
                "long-note.json": text(
                    "{\"treaties\":[{\"id\":\"hanoi\",\"actions\":[{\"state\":\"DEU\",\"action\":\"signature\",\"date\":\"2025-10-25\",\"note\":\"\(String(repeating: "x", count: 300_000))\"}]}]}"
                )
            ]),
        Case(
            arguments: ["alert", "--exec", "\"unterminated"], status: 64,
            message: "--exec has an unclosed quote (or ends in a backslash): \"unterminated"),
        Case(arguments: ["backup", "-"], status: 64, message: "a backup needs the name of a new file ('-', standard output"),
        Case(arguments: ["backup", "no-such-folder/b.sqlite"], status: 73, message: "cannot create the backup no-such-folder/b.sqlite"),
        Case(arguments: ["report", "--output", "."], status: 73, message: "cannot create .: it is a folder; give the path of a file"),
        Case(
            arguments: ["export", "--output", "no-such-folder/x.csv"], status: 73,
            message: "cannot create no-such-folder/x.csv: the folder no-such-folder does not exist; create it first"),
        Case(
            arguments: ["record", "signature", "FRA", "2025-10-25"], status: 64,
            message: "'signature' is an action, not a participant: the order is STATE ACTION DATE"),
        Case(arguments: ["record", "DEU", "signature", "2025-10-25", "--treaty", "nope"], status: 65, message: "unknown treaty 'nope'"),
        Case(arguments: ["status", "--treaty", "../../etc/passwd"], status: 65, message: "unknown treaty '../../etc/passwd'"),
        Case(arguments: ["history", "Narnia"], status: 65, message: "unknown participant 'Narnia'"),
        // Each treaty rule
        Case(
            arguments: ["record", "DEU", "ratification", "2026-01-01"], status: 65,
            message: "Germany (DEU) ratification 2026-01-01: no signature is recorded"),
        Case(
            arguments: ["record", "FRA", "signature", "2025-11-01"], status: 65,
            message: "France (FRA) signature 2025-11-01: already signed on 2025-10-25"),
        Case(
            arguments: ["record", "DEU", "signature", "2027-01-02", "--as-of", "2027-02-01"], status: 64,
            message: "--as-of 2027-02-01 is after today (\(TestDay.scenarioToday)): a command that writes may replay an earlier day"),
        Case(arguments: ["record", "DEU", "signature", "2025-10-24"], status: 65, message: "outside the treaty's signature period"),
        Case(
            arguments: ["record", "VNM", "accession", "2026-06-01"], status: 65,
            message: "Viet Nam (VNM) accession 2026-06-01: already bound by a ratification of 2026-02-10"),
        Case(
            arguments: ["record", "FRA", "denunciation", "2026-01-01"], status: 65,
            message: "France (FRA) denunciation 2026-01-01: no instrument of consent"),
        Case(
            arguments: ["record", "FRA", "approval", "2025-10-24", "--treaty", "hanoi"], status: 65,
            message: "the signature (2025-10-25) is after the deposit"),
        // Corrections
        Case(arguments: ["correct", "99999", "--date", "2025-10-25", "--reason", "x"], status: 65, message: "no action #99999"),
        Case(arguments: ["correct", "1", "--reason", "x"], status: 64, message: "give at least one of --action, --date, --ref, --note"),
        Case(arguments: ["correct", "1", "--date", "2025-10-26", "--reason", "  "], status: 64, message: "--reason must say why"),
        Case(arguments: ["void", "1", "--reason", ""], status: 64, message: "--reason must say why"),
        // CSV files
        Case(arguments: ["import", "missing.csv"], status: 66, message: "no such file: missing.csv"),
        Case(arguments: ["import", "."], status: 74, message: "is a directory"),
        Case(arguments: ["import", "empty.csv"], status: 65, message: "empty.csv: the file is empty", files: ["empty.csv": []]),
        Case(
            arguments: ["import", "ragged.csv"], status: 65, message: "ragged.csv:3: expected 3 fields (state,action,date), found 4",
            files: ["ragged.csv": text("state,action,date\nDEU,signature,2025-10-25\nITA,signature,2025-10-25,x\n")]),
        Case(
            arguments: ["import", "quote.csv"], status: 65, message: "quote.csv:2: a quote opened on this line is never closed",
            files: ["quote.csv": text("state,action,date\n\"DEU,signature,2025-10-25\nITA,signature,2025-10-25\n")]),
        Case(
            arguments: ["import", "columns.csv"], status: 65, message: "columns.csv:1: missing column 'date'",
            files: ["columns.csv": text("state,action\nDEU,signature\n")]),
        Case(
            arguments: ["import", "unknown.csv"], status: 65, message: "unknown.csv:1: unknown column 'country'",
            files: ["unknown.csv": text("country,action,date\n")]),
        Case(
            arguments: ["import", "latin1.csv"], status: 65, message: "latin1.csv:2: the file is not UTF-8 text",
            files: ["latin1.csv": Array("state,action,date\nC".utf8) + [0xF4] + Array("te d'Ivoire,signature,2025-10-25\n".utf8)]),
        Case(
            arguments: ["import", "dates.csv"], status: 65, message: "dates.csv:3: 2025-02-29 is not a real calendar date",
            files: ["dates.csv": text("state,action,date\nDEU,signature,2025-10-25\nITA,signature,2025-02-29\n")]),
        Case(
            arguments: ["import", "treaty.csv"], status: 65, message: "treaty.csv:2: unknown treaty 'kyoto'",
            files: ["treaty.csv": text("state,action,date,treaty\nDEU,signature,2025-10-25,kyoto\n")]),
        Case(
            arguments: ["import", "rules.csv"], status: 65,
            message: "rules.csv:2: Germany (DEU) acceptance 2026-01-01: no signature is recorded",
            files: ["rules.csv": text("state,action,date\nDEU,acceptance,2026-01-01\n")]),
        Case(arguments: ["import", "ok.csv", "--format", "xml"], status: 64, message: "'xml' is invalid for '--format"),
        // JSON and depositary tables
        Case(arguments: ["import", "bad.json"], status: 65, message: "not valid JSON", files: ["bad.json": text("{\"treaties\": [")]),
        Case(arguments: ["import", "table.txt", "--format", "untc"], status: 65, message: "table.txt", files: ["table.txt": []]),
        Case(
            arguments: ["import", "page.html", "--format", "untc"], status: 65, message: "page.html",
            files: ["page.html": text("<html><body><p>No table here</p></body></html>")]),
        Case(
            arguments: ["import", "rows.txt", "--format", "untc"], status: 65,
            message: "rows.txt:2: 31 Feb 2024 is not a real calendar date",
            files: ["rows.txt": text("Participant\tSignature\tRatification, Accession(a)\nGermany\t31 Feb 2024\t\n")]),
        // Treaty definitions
        Case(
            arguments: ["treaty", "add", "t.json"], status: 65, message: "field 'entry_into_force[0]': expected a step",
            files: ["t.json": text(#"{"id": "t", "threshold": 3, "entry_into_force": ["90 days"]}"#)]),
        Case(
            arguments: ["treaty", "add", "u.json"], status: 65, message: "field 'ratio': expected no such field",
            files: ["u.json": text(#"{"id": "t", "threshold": 3, "entry_into_force": [], "ratio": 1}"#)]),
        Case(arguments: ["treaty", "add", "v.json"], status: 65, message: "not valid JSON", files: ["v.json": text("id: t")]),
        Case(arguments: ["treaty", "add", "."], status: 74, message: "is a directory"),
        // Reports and alerts
        Case(arguments: ["report", "--format", "pdf"], status: 64, message: "'pdf' is invalid"),
        Case(arguments: ["export", "--format", "xml"], status: 64, message: "'xml' is invalid"),
        Case(arguments: ["alert", "--exec", ""], status: 64, message: "--exec needs a command"),
        Case(arguments: ["alert", "--exec", "echo 'unclosed"], status: 64, message: "--exec has an unclosed quote"),
        Case(arguments: ["alert", "--webhook", "ftp://example.org"], status: 64, message: "http:// or https://"),
        Case(arguments: ["alert", "config", "--enable", "everything"], status: 64, message: "unknown alert kind 'everything'"),
        Case(
            arguments: ["alert", "config", "--enable", "milestone", "--disable", "milestone"], status: 64,
            message: "'milestone' is both enabled and disabled"),
        Case(
            arguments: ["alert", "config", "--eif-within", "99999999"], status: 64,
            message: "--eif-within takes a number of days from 0 to 3650 (ten years); found 99999999"),
        Case(arguments: ["alert", "config", "--milestones", "abc"], status: 64, message: "--milestones takes whole numbers"),
        Case(arguments: ["alert", "config", "--milestones", "30,abc"], status: 64, message: "found 'abc'"),
        // Databases
        Case(
            arguments: ["--db", "missing/folder/x.sqlite", "status"], status: 66, message: "no ratify database at missing/folder/x.sqlite"),
        Case(arguments: ["--db", ".", "status"], status: 66, message: "is a folder, not a database file: pass --db with a file in it"),
        Case(
            arguments: ["--db", "notes.txt", "status"], status: 66, message: "is not a ratify database",
            files: ["notes.txt": text(String(repeating: "not sqlite\n", count: 400))]),
        Case(arguments: ["--db", "plain.txt/sub/x.sqlite", "init"], status: 73, message: "cannot create", files: ["plain.txt": text("x")]),
        Case(arguments: ["backup", "ratify.sqlite"], status: 73, message: "already exists"),
        Case(arguments: ["frobnicate"], status: 64, message: "Unexpected argument 'frobnicate'"),
    ]

    /// One sandbox for all: the signatures and the scenario, and its export
    /// before, to compare after each case.
    static let sandbox: Sandbox = {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        return sandbox
    }()

    @Test(arguments: cases)
    func badInput(_ c: Case) throws {
        let sandbox = Self.sandbox
        let before = sandbox.snapshot()
        for (name, bytes) in c.files { try Data(bytes).write(to: URL(fileURLWithPath: sandbox.path(name))) }
        let run = sandbox.run(c.arguments, env: ["PWD": sandbox.folder.path], cwd: sandbox.folder)
        #expect(run.status == c.status, "\(c.arguments.prefix(6)): \(run.stderr.prefix(300))")
        #expect(run.stderr.contains(c.message), "\(run.stderr.prefix(500))")
        #expect(run.stderr.count < 4000 && !run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
        #expect(sandbox.snapshot() == before)
    }

    @Test func casesCoverEnough() { #expect(Self.cases.count >= 40) }

    /// The cases run in parallel in one folder: two writing the same file
    /// would race (one once read the other's `notes.txt`).
    @Test func noTwoCasesWriteTheSameFile() {
        let names = Self.cases.flatMap(\.files.keys)
        #expect(names.count == Set(names).count, "\(names.sorted())")
    }

    /// Permissions do not bind root, so ratify runs as `nobody` (setpriv).
    @Test func aReadOnlyDatabaseFileIsAnIOErrorAndStaysUnchanged() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        let before = sandbox.snapshot()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: sandbox.db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sandbox.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.folder.path) }
        let run = sandbox.run(
            [
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ratifyBinary,
                "record", "DEU", "signature", "2025-10-25",
            ], executable: "/usr/bin/setpriv")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("the database is read-only (check the permissions of the file and its folder)"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sandbox.folder.path)
        #expect(sandbox.snapshot() == before)
    }

    /// An archived copy in a folder the reader may not write: SQLite cannot
    /// create the WAL's `-shm` there, so read-only commands read the file in
    /// place; writing commands still fail with 74.
    @Test func aReadOnlyArchivedCopyCanStillBeRead() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        let archive = sandbox.folder.appendingPathComponent("archive #1")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        let copy = archive.appendingPathComponent("copy 50%.sqlite").path
        #expect(sandbox.run("backup", copy).status == 0)
        let expected = sandbox.run("export").stdout
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: archive.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: archive.path) }
        func asNobody(_ arguments: String...) -> Run {
            sandbox.run(
                ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ratifyBinary, "--db", copy] + arguments,
                executable: "/usr/bin/setpriv")
        }
        let export = asNobody("export")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == expected && expected.contains("VNM,signature,2025-10-25"))
        #expect(asNobody("status", "--json").status == 0)
        let record = asNobody("record", "DEU", "signature", "2025-10-25")
        #expect(record.status == 74 && record.stderr.contains("read-only"), "\(record.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path) == ["copy 50%.sqlite"])
    }

    /// People copy databases with `cp`: after a command ends, the main file
    /// alone holds every write, and no -wal or -shm is left beside it.
    @Test func afterAWriteTheDatabaseFileAloneHoldsIt() throws {
        let sandbox = Sandbox().withHanoiSignatures()
        #expect(sandbox.run("record", "DEU", "signature", "2025-10-25", "-q").status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path)
        #expect(!files.contains { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(files)")
        let copy = sandbox.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: sandbox.db, toPath: copy)
        #expect(sandbox.run("--db", copy, "export").stdout.contains("DEU,signature,2025-10-25"))
    }

    @Test func quotesAndSQLInNotesAreStoredVerbatim() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let note = #"O'Brien said "yes"; DROP TABLE action; -- <b>bold</b>"#
        #expect(sandbox.run("record", "DEU", "signature", "2025-10-25", "--note", note).status == 0)
        #expect(sandbox.run("export").stdout.contains("\"O'Brien said \"\"yes\"\"; DROP TABLE action; -- <b>bold</b>\""))
        #expect(sandbox.run("check").status == 0)
    }
}
