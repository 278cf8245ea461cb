import RatifyFormats
import Testing

/// `status --all --json` streams its list through `JSONArrayWriter`; the
/// bytes must be those the encoder writes for the whole array at once.
@Suite struct JSONArrayWriterTests {
    struct Element: Encodable {
        var name: String
        var list: [Int]
        var nested: [String: [String]]
    }

    static let samples: [[Element]] = [
        [],
        [Element(name: "one", list: [], nested: [:])],
        [
            Element(name: "a\nb \"c\"", list: [1, 2], nested: ["x": [], "y": ["z"]]),
            Element(name: "é", list: [], nested: ["": []]),
        ],
    ]

    @Test(arguments: samples) func writesWhatTheEncoderWritesForTheWholeArray(_ elements: [Element]) throws {
        var streamed = ""
        var writer = JSONArrayWriter { streamed += $0 }
        for element in elements { try writer.append(element) }
        writer.finish()
        #expect(streamed == (try JSONOutput.string(elements)))
    }
}
