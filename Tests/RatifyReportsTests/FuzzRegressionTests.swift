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

    @Test(arguments: inputs("csv"))
    func csvInput(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("csv/\(name)"))
        if let text = try? TextDecoding.utf8(bytes, source: name) {
            _ = try? CSVActionReader(source: name, defaultTreaty: "hanoi", knownTreaties: ["hanoi"]).read(text)
        }
    }

    @Test(arguments: inputs("untc"))
    func depositaryTableInput(_ name: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.root.appendingPathComponent("untc/\(name)")), as: UTF8.self)
        _ = try? UNTCTableReader(source: name).read(text)
    }
}
