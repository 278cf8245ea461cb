import Foundation
import Testing

// Only Completions: the executable's other types (command names such as
// `Report` or `Import`) need not leak into the tests' namespace.
@testable import enum ratify.Completions

/// What the shell completions offer (Sources/ratify/Completions.swift):
/// the generated scripts call the binary back with the words of the
/// command line, and these functions answer.
@Suite struct CompletionTests {
    @Test func participantCodesFollowTheCaseTyped() {
        #expect(Completions.participantCodes(matching: "FR").contains("FRA"))
        #expect(Completions.participantCodes(matching: "fr").contains("fra"))
        #expect(Completions.participantCodes(matching: "Vn").contains("VNM") == false)
        #expect(Completions.participantCodes(matching: "vn") == ["vnm"])
        #expect(Completions.participantCodes(matching: "EU").contains("EUU"))
        #expect(Completions.participantCodes(matching: "").count > 190)
        #expect(Completions.participantCodes(matching: "QQQ").isEmpty)
    }

    @Test func theDatabaseIsTheOneTheCommandLineNames() {
        let home = "/home/desk"
        #expect(Completions.databasePath(words: ["ratify", "--db", "/srv/a.sqlite", "status", "--treaty", ""]) == "/srv/a.sqlite")
        #expect(Completions.databasePath(words: ["ratify", "status", "--db=/srv/b.sqlite", "--treaty", ""]) == "/srv/b.sqlite")
        #expect(Completions.shellWord("'/srv/a b.sqlite'", home: home) == "/srv/a b.sqlite")
        #expect(Completions.shellWord("\"/srv/a b.sqlite\"", home: home) == "/srv/a b.sqlite")
        #expect(Completions.shellWord("/srv/a\\ b.sqlite", home: home) == "/srv/a b.sqlite")
        #expect(Completions.shellWord("~/ratify.sqlite", home: home) == "/home/desk/ratify.sqlite")
        #expect(Completions.shellWord("~other/ratify.sqlite", home: home) == "~other/ratify.sqlite")
    }

    @Test func treatyIDsComeFromTheDatabase() {
        let sandbox = Sandbox()
        #expect(sandbox.run("init", "-q").status == 0)
        #expect(sandbox.run("treaty", "add", "-q", fixture("cases/bbnj/treaty.json")).status == 0)
        #expect(Completions.treatyIDs(words: ["ratify", "--db", sandbox.db, "status", "--treaty", ""]) == ["bbnj", "hanoi"])
    }

    /// A TAB reads and never writes: a database of the first schema is not
    /// migrated by it (the next real command does that).
    @Test func completionNeverMigrates() throws {
        let sandbox = Sandbox()
        let old = sandbox.path("v1.sqlite")
        try FileManager.default.copyItem(atPath: fixture("upgrade/ratify-v1.sqlite"), toPath: old)
        let before = try Data(contentsOf: URL(fileURLWithPath: old))
        #expect(Completions.treatyIDs(words: ["ratify", "--db", old, "report", "--treaty", ""]) == ["hanoi", "tpnw"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before)
    }

    @Test func anUnreadableDatabaseCompletesNothing() {
        let sandbox = Sandbox()
        let notADatabase = sandbox.write("notes.txt", "not SQLite\n")
        for path in [sandbox.path("missing.sqlite"), notADatabase, sandbox.folder.path] {
            #expect(Completions.treatyIDs(words: ["ratify", "--db", path, "history", "--treaty", ""]).isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("missing.sqlite")))
    }

    /// What the shell calls on TAB: the binary answers with the candidates.
    @Test func theShellGetsTreatyIDsParticipantCodesAndFiles() {
        let sandbox = Sandbox()
        sandbox.run("init", "-q")
        #expect(
            sandbox.run("---completion", "treaty", "show", "--", "positional@0", "3", "0", "ratify", "treaty", "show", "").stdout
                == "hanoi\n")
        let codes = sandbox.run("---completion", "record", "--", "positional@0", "2", "2", "ratify", "record", "VN").stdout
        #expect(codes.split(separator: "\n").contains("VNM"), "\(codes)")
    }
}
