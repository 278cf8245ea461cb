import Foundation
import Testing

/// Issue 19, items 8–10: CSV round trips keep every character that can be
/// stored; huge or endless input is refused within documented limits;
/// control characters never reach a terminal raw.
@Suite struct HostileInputTests {
    // Item 8.
    @Test func csvExportAndImportKeepSpacesTabsAndNoBreakSpacesAtTheEdgesOfFields() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let references = ["  R  ", "\tT\t", "\u{A0}N\u{A0}", " mixed\t\u{A0}"]
        for (code, reference) in zip(["DEU", "FRA", "ITA", "ESP"], references) {
            #expect(sandbox.run("record", code, "signature", "2025-10-25", "--ref", reference, "--note", " \(reference) ").status == 0)
        }
        let export = sandbox.run("export").stdout
        let copy = Sandbox()
        copy.run("init")
        #expect(copy.run("import", copy.write("export.csv", export), "-q").status == 0)
        #expect(copy.run("export").stdout == export)
        let history = try JSONSerialization.jsonObject(with: Data(copy.run("history", "--json").stdout.utf8)) as! [[String: Any]]
        #expect(Set(history.compactMap { $0["reference"] as? String }) == Set(references))
        #expect(Set(history.compactMap { $0["note"] as? String }) == Set(references.map { " \($0) " }))
    }

    @Test func spacesAroundUnquotedFieldsAreStillTrimmed() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let file = sandbox.write(
            "spaced.csv", " state , action ,date\n Germany ,\tsignature\t, 2025-10-25 \n  \"FRA\" , signature ,2025-10-25\n")
        #expect(sandbox.run("import", file, "-q").status == 0)
        #expect(sandbox.run("export").stdout.contains("DEU,signature,2025-10-25,,,hanoi\nFRA,signature,2025-10-25,,,hanoi"))
    }

    @Test func aNULCharacterInAReferenceIsRefusedNotCutShort() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let file = sandbox.write("nul.csv", "state,action,date,reference\nDEU,signature,2025-10-25,C.N.1\u{0}hidden\n")
        let run = sandbox.run("import", file)
        #expect(run.status == 65 && run.stderr.contains("nul.csv:2: the reference holds a NUL character"), "\(run.stderr)")
        #expect(sandbox.run("export").stdout == "state,action,date,reference,note,treaty\n")
    }

    // Item 9.
    @Test func aHeaderOfAMillionColumnsIsRefusedAtTheRecordLimit() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
        let run = sandbox.run("import", sandbox.write("wide.csv", "state,action,date," + header + "\n"))
        #expect(
            run.status == 65 && run.stderr.contains("wide.csv:1: the record starting on this line is longer than 1 MiB"), "\(run.stderr)")
    }

    @Test func aHeaderOfMoreThan64ColumnsIsRefused() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let header = "state,action,date," + Array(repeating: "state", count: 20_000).joined(separator: ",")
        let run = sandbox.run("import", sandbox.write("columns.csv", header + "\n"))
        #expect(run.status == 65 && run.stderr.contains("columns.csv:1: the header has 20003 columns, more than the 64"), "\(run.stderr)")
    }

    @Test func repeatedColumnsAreEachReportedOnceInTheHeadersOrder() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let run = sandbox.run("import", sandbox.write("twice.csv", "date,state,action,state,note,date,state\n"))
        #expect(run.status == 65)
        let messages = run.stderr.split(separator: "\n").filter { $0.contains("appears twice") }
        #expect(messages.map { $0.contains("'date'") } == [true, false] && messages.count == 2, "\(run.stderr)")
    }

    @Test(arguments: ["csv", "json", "untc"])
    func anEndlessInputIsRefusedAtALimit(_ format: String) {
        let sandbox = Sandbox()
        sandbox.run("init")
        let run = sandbox.run("import", "/dev/zero", "--format", format)
        let limit = format == "csv" ? "longer than 1 MiB" : "larger than 128 MiB"
        #expect(run.status == 65 && run.stderr.contains("/dev/zero") && run.stderr.contains(limit), "\(run.stderr)")
    }

    @Test func aRecordOverOneMebibyteIsRefusedWithItsLine() {
        let sandbox = Sandbox()
        sandbox.run("init")
        let file = sandbox.write(
            "long.csv", "state,action,date,note\nDEU,signature,2025-10-25,\"" + String(repeating: "x", count: 2 << 20) + "\"\n")
        let run = sandbox.run("import", file)
        #expect(run.status == 65 && run.stderr.contains("long.csv:2: the record starting on this line is longer than 1 MiB"))
        let quote = sandbox.run("import", sandbox.write("open.csv", "state,action,date\n\"" + String(repeating: "y", count: 2 << 20)))
        #expect(
            quote.status == 65 && quote.stderr.contains("open.csv:2:")
                && quote.stderr.contains("a quote opened on line 2 had not closed by then"))
        // A record past the limit is refused however it ends (here whole, in one chunk, with a row after it).
        let whole = sandbox.write(
            "whole.csv",
            "state,action,date,note\nDEU,signature,2025-10-25,\"" + String(repeating: "z", count: 1_300_000)
                + "\"\nFRA,signature,2025-10-25,\n")
        let refused = sandbox.run("import", whole)
        #expect(refused.status == 65 && refused.stderr.contains("whole.csv:2: the record starting on this line is longer than 1 MiB"))
    }

    @Test func aFIFOAProcessSubstitutionAndStandardInputAreReadAsStreams() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let csv = "state,action,date\nDEU,signature,2025-10-25\n"
        let fifo = sandbox.path("actions.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            writeAll(descriptor, csv)
            close(descriptor)
        }
        writer.start()
        let fromFIFO = sandbox.run("import", fifo, "--format", "csv")
        #expect(fromFIFO.status == 0 && fromFIFO.stdout.contains("1 new"), "\(fromFIFO.stderr)")
        let definition = sandbox.write("t.json", #"{"id": "t", "threshold": 1, "entry_into_force": ["+1d"]}"#)
        let substituted = sandbox.run(
            ["/bin/bash", "-c", "'\(ratifyBinary)' treaty add <(cat '\(definition)')"], executable: "/bin/bash")
        #expect(substituted.status == 0 && substituted.stdout.contains("t"), "\(substituted.stderr)")
        let piped = sandbox.run("import", "-", "--format", "csv", stdin: "state,action,date\nFRA,signature,2025-10-25\n")
        #expect(piped.status == 0 && piped.stdout.contains("<stdin>: 1 new"), "\(piped.stderr)")
    }

    // Item 10.
    @Test func controlCharactersAreShownEscapedAndEveryFieldStaysOnItsRow() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        #expect(sandbox.run("record", "DEU", "signature", "2025-10-25", "--ref", hostile).status == 0)
        let forged = "C.N.1\n#99  FRA    ratification  2026-01-01               in effect"
        #expect(sandbox.run("record", "FRA", "signature", "2025-10-25", "--ref", forged).status == 0)
        let title = "Evil\u{1B}[31m title\nsecond line"
        let definition = sandbox.write(
            "evil.json",
            String(
                data: try JSONSerialization.data(withJSONObject: [
                    "id": "evil", "title": title, "threshold": 1, "entry_into_force": ["+1d"],
                ]), encoding: .utf8)!)
        #expect(sandbox.run("treaty", "add", definition).status == 0)
        #expect(sandbox.run("record", "ITA", "accession", TestDay.days(-1), "--treaty", "evil", "--ref", hostile).status == 0)
        let outputs = [
            sandbox.run("history"), sandbox.run("report"), sandbox.run("report", "--format", "markdown"),
            sandbox.run("status", "--treaty", "evil"), sandbox.run("report", "--treaty", "evil"), sandbox.run("treaty", "list"),
            sandbox.run("alert", "--treaty", "evil"), sandbox.run("alert", "list", "--treaty", "evil"),
            sandbox.run("history", "--treaty", "evil"),
        ]
        for run in outputs {
            #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(run.stdout.debugDescription)")
        }
        let history = outputs[0].stdout
        #expect(history.split(separator: "\n").count == 3, "\(history)")
        #expect(history.contains("\\x1B]0;pwned\\x07\\x1B[2J") && history.contains("C.N.1\\n#99"))
        #expect(outputs[3].stdout.contains("Evil\\x1B[31m title\\nsecond line"))
        // Diagnostics too.
        let unknown = sandbox.run("record", "Nar\u{1B}[2Jnia", "signature", "2025-10-25")
        #expect(unknown.status == 65 && unknown.stderr.contains("Nar\\x1B[2Jnia") && !unknown.stderr.contains("\u{1B}"))
    }
}
