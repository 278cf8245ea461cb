import Foundation
import RatifyCore
import RatifyReports
import Testing

/// Inputs scripts/fuzz crashed on, committed under fixtures/fuzz-regressions/
/// csv and untc: each reader may refuse them, never crash.
@Suite struct ReaderFuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/fuzz-regressions").standardized

    static func inputs(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// As FuzzCSV does: read whole, and in chunks of every size up to 64
    /// bytes, which must change nothing.
    @Test(arguments: inputs("csv"))
    func csvInput(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.root.appendingPathComponent("csv/\(name)")))
        let reader = CSVActionReader(source: name, defaultTreaty: "hanoi", knownTreaties: ["hanoi", "bbnj"])
        if let text = try? TextDecoding.utf8(bytes, source: name) {
            _ = try? reader.read(text)
        }
        let whole = reader.outcome(of: bytes, chunkSize: max(1, bytes.count))
        for size in 1...64 {
            let chunked = reader.outcome(of: bytes, chunkSize: size)
            #expect(chunked.rows == whole.rows && chunked.problems == whole.problems, "chunks of \(size): \(chunked.problems) against \(whole.problems)")
        }
    }

    @Test(arguments: inputs("untc"))
    func depositaryTableInput(_ name: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.root.appendingPathComponent("untc/\(name)")), as: UTF8.self)
        _ = try? UNTCTableReader(source: name).read(text)
    }
}
