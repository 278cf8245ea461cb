import Testing

@testable import RatifyFormats

@Suite struct CSVRecordSlicerTests {
    /// Every slice of `text` read in chunks of `chunkSize`, cut as soon as possible.
    func slices(_ text: String, chunkSize: Int) throws -> (slices: [(String, Int)], unclosedQuoteLine: Int?) {
        let bytes = Array(text.utf8)
        var offset = 0
        var slicer = CSVRecordSlicer(sliceSize: 1)
        var found: [(String, Int)] = []
        while let slice = try slicer.next(reading: {
            guard offset < bytes.count else { return nil }
            defer { offset += chunkSize }
            return Array(bytes[offset..<min(offset + chunkSize, bytes.count)])
        }) {
            found.append((String(decoding: slice.bytes, as: UTF8.self), slice.firstLine))
        }
        return (found, slicer.unclosedQuoteLine)
    }

    @Test func cutsOnlyAfterALineBreakOutsideQuotes() throws {
        let text = "\u{FEFF}# a \"comment\n\nh1,h2\r\na,\"x\ny\"\nb,\"\"\"\"\nc,d"
        for size in 1...text.utf8.count {
            let (found, unclosed) = try slices(text, chunkSize: size)
            #expect(unclosed == nil)
            // The preamble is dropped; the rest comes back whole, in order.
            #expect(found.map(\.0).joined() == "h1,h2\r\na,\"x\ny\"\nb,\"\"\"\"\nc,d", "chunks of \(size)")
            for (slice, _) in found.dropLast() {
                #expect(slice.utf8.last == UInt8(ascii: "\n") && slice.filter { $0 == "\"" }.count % 2 == 0, "chunks of \(size): \(slice)")
            }
            // Each slice knows its first line.
            #expect(found.first?.1 == 3)
            #expect(found.last?.0 == "c,d" && found.last?.1 == 7)
        }
    }

    @Test func aQuoteOpenAtTheEndNamesItsLineAndStopsThere() throws {
        let text = "h\n\"a\nb\"\nc \"open\nd\n"
        for size in [1, 3, 100] {
            let (found, unclosed) = try slices(text, chunkSize: size)
            #expect(unclosed == 4)
            #expect(found.map(\.0).joined() == "h\n\"a\nb\"\n")
        }
    }

    @Test func aFileOfNothingButThePreambleHasNoSlices() throws {
        #expect(try slices("# one\n\r\n# two", chunkSize: 2).slices.isEmpty)
        #expect(try slices("", chunkSize: 2).slices.isEmpty)
    }
}
