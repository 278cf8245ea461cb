import RatifyCore
import RatifyFormats
import Testing

/// An import reads its file in chunks (`read(chunks:each:)`); wherever
/// the chunks break, in a quoted line break, a multi-byte character or a
/// comment, the rows, their lines and the problems are the same.
@Suite struct CSVChunkTests {
    let reader = CSVActionReader(source: "in.csv", defaultTreaty: "hanoi", knownTreaties: ["hanoi"])

    func expectSameWhateverTheChunks(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let whole = reader.outcome(of: bytes, chunkSize: bytes.count + 1)
        for size in 1...bytes.count {
            let chunked = reader.outcome(of: bytes, chunkSize: size)
            #expect(
                chunked.rows == whole.rows && chunked.problems == whole.problems, "chunks of \(size) bytes", sourceLocation: sourceLocation)
        }
    }

    @Test func rowsAndLinesDoNotDependOnWhereTheChunksBreak() {
        let text =
            "\u{FEFF}# exported \"by hand\n\r\nstate,action,date,note\r\nCôte d'Ivoire,signature,2025-10-25,\"a, \"\"b\"\"\nc\"\n\nFRA,signature,2025-10-26,été\nDEU,signature,2025-10-25,last"
        let whole = reader.outcome(of: Array(text.utf8), chunkSize: 1 << 20)
        #expect(whole.problems.isEmpty)
        #expect(whole.rows.map(\.action.participant) == ["CIV", "FRA", "DEU"])
        #expect(whole.rows.map { $0.action.provenance.line } == [4, 7, 8])
        #expect(whole.rows.map(\.action.note) == ["a, \"b\"\nc", "été", "last"])
        expectSameWhateverTheChunks(text)
    }

    @Test func problemsDoNotDependOnWhereTheChunksBreak() {
        expectSameWhateverTheChunks("state,action,date\nFrnace,signature,2025-10-25\nFRA,signature,2025-02-30\nFRA,signature\n")
        expectSameWhateverTheChunks(
            "state,action,date,note\nFRA,signature,2025-10-25,ok\nDEU,signature,2025-10-25,\"never closed\nITA,signature,2025-10-25,x\n")
        expectSameWhateverTheChunks("# only a comment\n\n")
        expectSameWhateverTheChunks("state,action,when\nFRA,signature,2025-10-25\n")
    }

    @Test func aLargeFileIsReadInSlicesWithTheRightLines() {
        var text = "state,action,date\n"
        let codes = ["FRA", "DEU", "ITA", "ESP", "PRT"]
        for i in 0..<20_000 { text += "\(codes[i % 5]),signature,2025-10-25\n" }
        text += "XXX,signature,2025-10-25\n"
        let result = reader.outcome(of: Array(text.utf8), chunkSize: 4096)
        #expect(result.problems.count == 1 && result.problems[0].hasPrefix("in.csv:20002: unknown participant 'XXX'"))
        #expect(result.rows.count == 20_000 && result.rows.last?.action.provenance.line == 20_001)
    }

    @Test func bytesThatAreNotUTF8AreNamedByTheirLineInAnyChunk() {
        var bytes = Array("state,action,date\nFRA,signature,2025-10-25\n".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 70_000)
        bytes += [0x41, 0xFF, 0x0A]
        let result = reader.outcome(of: bytes, chunkSize: 1000)
        #expect(
            result.problems == [
                "in.csv:70003: the file is not UTF-8 text (an invalid byte on this line); save it as UTF-8 and import again"
            ])
    }
}
