import Foundation
import RatifyCore

/// Reads the tab-separated records `scripts/generate-reference-histories
/// --tables DIR --tsv` prints, to backtest on tables other than the built-in ones.
enum HistoriesFile {
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> ReferenceHistories {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Problem(description: "cannot read \(path)")
        }
        var histories: [ReferenceHistory] = []
        var observedUntil: CivilDate?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "# observed-until", fields.count == 2, let day = Int(fields[1]) {
                observedUntil = CivilDate(dayNumber: day)
                continue
            }
            if line.hasPrefix("#") { continue }
            guard fields.count == 5, let opened = Int32(fields[2]) else {
                throw Problem(description: "\(path):\(number + 1): expected id, title, opened, signatures, instruments separated by tabs")
            }
            let days = { (field: String) -> [Int32] in field.split(separator: ",").compactMap { Int32($0) } }
            histories.append(
                ReferenceHistory(
                    id: fields[0], title: fields[1], opened: opened,
                    signatures: days(fields[3]), instruments: days(fields[4])))
        }
        guard let observedUntil else { throw Problem(description: "\(path): no '# observed-until' line") }
        return ReferenceHistories(histories: histories, observedUntil: observedUntil)
    }
}
