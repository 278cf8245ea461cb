import Foundation
import RatifyCore
import RatifyFormats
import Testing

/// Inputs scripts/fuzz crashed on, committed under fixtures/fuzz-regressions/
/// csv and untc: each reader may refuse them, never crash.
@Suite struct ReaderFuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/fuzz-regressions").standardized

    /// The inputs in a folder (not their `.expected` outcomes). An empty
    /// folder gives one placeholder that fails, so that a parameterised
    /// test over it can never pass by running nothing.
    static func inputs(_ folder: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".expected") }.sorted()
        return names.isEmpty ? [emptyFolder] : names
    }

    static let emptyFolder = "(no inputs: the folder is empty)"

    /// As FuzzCSV does: read whole, and in chunks of every size up to 64
    /// bytes, which must change nothing.
    @Test(arguments: inputs("csv"))
    func csvInput(_ name: String) throws {
        try #require(name != Self.emptyFolder, "fixtures/fuzz-regressions/csv holds no input")
        let bytes = Array(try Data(contentsOf: Self.root.appendingPathComponent("csv/\(name)")))
        let reader = CSVActionReader(source: name, defaultTreaty: "hanoi", knownTreaties: ["hanoi", "bbnj"])
        if let text = try? TextDecoding.utf8(bytes, source: name) {
            _ = try? reader.read(text)
        }
        let whole = reader.outcome(of: bytes, chunkSize: max(1, bytes.count))
        for size in 1...64 {
            let chunked = reader.outcome(of: bytes, chunkSize: size)
            #expect(
                chunked.rows == whole.rows && chunked.problems == whole.problems,
                "chunks of \(size): \(chunked.problems) against \(whole.problems)")
        }
    }

    /// Each input read as the importer reads it, its outcome (the rows, or
    /// every problem) compared with `NAME.expected` beside it;
    /// `RATIFY_RECORD_GOLDEN=1` writes that file (then review it).
    @Test(arguments: inputs("untc"))
    func depositaryTableInput(_ name: String) throws {
        try #require(name != Self.emptyFolder, "fixtures/fuzz-regressions/untc holds no input")
        let url = Self.root.appendingPathComponent("untc/\(name)")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let outcome: String
        do {
            let entries = try UNTCTableReader(source: name).read(text)
            outcome =
                "read \(entries.count) row\(entries.count == 1 ? "" : "s")\n"
                + entries.map { entry in
                    "\(entry.line): \(entry.participant.code) signature \(entry.signature?.description ?? "-") consent "
                        + (entry.consent.map { "\($0.kind.rawValue) \($0.date)" } ?? "-")
                }.joined(separator: "\n")
        } catch {
            #expect(error.problems.allSatisfy { $0.source == name }, "every problem names the file")
            outcome = "refused\n" + error.problems.map(\.description).joined(separator: "\n")
        }
        let expectedURL = url.appendingPathExtension("expected")
        if ProcessInfo.processInfo.environment["RATIFY_RECORD_GOLDEN"] == "1" {
            try Data((outcome + "\n").utf8).write(to: expectedURL)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(outcome + "\n" == expected, "\(name): the outcome differs from \(name).expected")
    }
}
