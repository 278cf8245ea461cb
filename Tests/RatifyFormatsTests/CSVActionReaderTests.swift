import RatifyCore
import RatifyFormats
import Testing

@Suite struct CSVActionReaderTests {
    let reader = CSVActionReader(source: "in.csv", defaultTreaty: "hanoi", knownTreaties: ["hanoi", "bbnj"])

    func problems(_ text: String) -> [String] {
        do {
            _ = try reader.read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsRowsWithOptionalColumnsInAnyOrder() throws {
        let rows = try reader.read(
            "note,date,state,action,reference,treaty\nfirst,2025-10-25,Viet Nam,Signature,C.N.1.2025.TREATIES-XVIII.16,\n,2025-10-26,fra,signature,,bbnj\n"
        )
        #expect(rows.count == 2)
        #expect(rows[0].treaty == "hanoi" && rows[0].action.participant == "VNM" && rows[0].action.note == "first")
        #expect(rows[0].action.reference == "C.N.1.2025.TREATIES-XVIII.16" && rows[0].action.provenance.line == 2)
        #expect(rows[1].treaty == "bbnj" && rows[1].action.reference == nil && rows[1].action.provenance.line == 3)
    }

    @Test func quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let rows = try reader.read(
            "state,action,date,note\n\"Iran (Islamic Republic of)\",signature,2025-10-25,\"a, \"\"b\"\"\nc\"\nFRA,signature,2025-10-25,\n")
        #expect(rows[0].action.note == "a, \"b\"\nc")
        #expect(rows[1].action.provenance.line == 4)
    }

    @Test func skipsCommentLinesAByteOrderMarkAndBlankLines() throws {
        let text = TextDecoding.utf8NoThrow(
            Array("\u{FEFF}# a comment\n# another\nstate,action,date\r\n\r\nFRA,signature,2025-10-25\r\n".utf8))
        let rows = try reader.read(text)
        #expect(rows.count == 1 && rows[0].action.provenance.line == 5)
    }

    @Test func reportsEveryBadRowWithItsLine() {
        let found = problems(
            "state,action,date\nFrnace,signature,2025-10-25\nFRA,signing,2025-10-25\nFRA,signature,2025-02-30\nFRA,signature\nFRA,signature,2025-10-25,extra\n"
        )
        #expect(found.count == 5)
        #expect(found[0].hasPrefix("in.csv:2: unknown participant 'Frnace': did you mean 'France'"))
        #expect(found[1].hasPrefix("in.csv:3: unknown action 'signing'"))
        #expect(found[2] == "in.csv:4: 2025-02-30 is not a real calendar date: February 2025 has 28 days")
        #expect(found[3] == "in.csv:5: expected 3 fields (state,action,date), found 2")
        #expect(found[4] == "in.csv:6: expected 3 fields (state,action,date), found 4")
    }

    @Test func headerProblems() {
        #expect(
            problems("state,action,when\n") == [
                "in.csv:1: unknown column 'when': the columns are state, action, date, reference, note, treaty (state, action and date are required)",
                "in.csv:1: missing column 'date': the header must name state, action and date",
            ])
        #expect(problems("") == ["in.csv: the file is empty: expected a header line naming the columns state,action,date"])
        #expect(
            problems("state,action,date,treaty\nFRA,signature,2025-10-25,nope\n").first?.hasPrefix("in.csv:2: unknown treaty 'nope'")
                == true)
    }

    /// Found by scripts/fuzz: with several repeated columns the messages
    /// came in a different order from one read to the next.
    @Test func repeatedColumnsAreReportedInTheHeadersOrder() {
        let expected = [
            "in.csv:1: unknown column 'x': the columns are state, action, date, reference, note, treaty (state, action and date are required)",
            "in.csv:1: column 'x' appears twice in the header", "in.csv:1: column 'note' appears twice in the header",
            "in.csv:1: column 'date' appears twice in the header",
        ]
        for _ in 0..<20 {
            let found = problems("x,state,note,action,date,note,x,date,x\n")
            #expect(found.filter { $0.contains("appears twice") } == Array(expected.dropFirst()))
        }
    }

    @Test func anUnclosedQuoteNamesTheLineItOpensOn() {
        #expect(
            problems(
                "state,action,date,note\nFRA,signature,2025-10-25,ok\nDEU,signature,2025-10-25,\"never closed\nITA,signature,2025-10-25,x\n"
            )
                == ["in.csv:3: a quote opened on this line is never closed: close it, or double a quote inside a quoted field (\"\")"])
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirLine() {
        #expect(throws: ImportFailure.self) { try TextDecoding.utf8([0x61, 0x0A, 0x62, 0xFF, 0x0A], source: "in.csv") }
        do { _ = try TextDecoding.utf8([0x61, 0x0A, 0x62, 0xFF, 0x0A], source: "in.csv") } catch {
            #expect(error.problems.first?.line == 2)
        }
    }

    @Test func anExportReadsBackToTheSameActions() throws {
        let rows = try reader.read(
            "state,action,date,reference,note,treaty\nFRA,signature,2025-10-25,,\"a, b\",hanoi\nVNM,signature,2025-10-25,C.N.1,,hanoi\n")
        let csv = try ActionExport.csv(rows)
        #expect(
            csv
                == "state,action,date,reference,note,treaty\nFRA,signature,2025-10-25,,\"a, b\",hanoi\nVNM,signature,2025-10-25,C.N.1,,hanoi\n"
        )
        #expect(try reader.read(csv).map(\.action.key) == rows.map(\.action.key))
    }
}

extension TextDecoding {
    static func utf8NoThrow(_ bytes: [UInt8]) -> String { (try? utf8(bytes, source: "t")) ?? "" }
}
