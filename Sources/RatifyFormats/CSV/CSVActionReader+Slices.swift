import CSV
import Foundation
import RatifyCore

extension CSVActionReader {
    /// What CSV.swift trims around a field (outside quotes).
    static let fieldSpace = CharacterSet(charactersIn: " \t\u{00A0}")

    /// Whether a space, tab or no-break space (C2 A0) sits next to a delimiter,
    /// quote, line break or the start or end of `bytes`: only then can
    /// trimming change a field. Bytes, not characters: all of these are ASCII
    /// but the no-break space, and no byte of another character equals them.
    static func spaceTouchesAFieldEdge(_ bytes: [UInt8], delimiter: Unicode.Scalar = ",") -> Bool {
        func isEdge(_ index: Int) -> Bool {
            guard index >= 0 && index < bytes.count else { return true }
            let byte = bytes[index]
            return byte == UInt8(truncatingIfNeeded: delimiter.value) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        for (index, byte) in bytes.enumerated() {
            let width: Int
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                width = 1
            } else if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 {
                width = 2
            } else {
                continue
            }
            if isEdge(index - 1) || isEdge(index + width) { return true }
        }
        return false
    }

    /// The slicer's next slice, its refusal of an overlong record as this file's problem.
    static func nextSlice(of slicer: inout CSVRecordSlicer, reading next: () throws -> [UInt8]?, source: String) throws -> (
        bytes: [UInt8], firstLine: Int
    )? {
        do { return try slicer.next(reading: next) } catch let tooLong as CSVRecordSlicer.RecordTooLong {
            let quote =
                tooLong.openQuoteLine.map { "; a quote opened on line \($0) had not closed by then: close it where its field ends" }
                ?? ""
            let limit = InputLimits.describe(bytes: slicer.recordLimit)
            throw ImportFailure([
                ImportProblem(
                    source: source, line: tooLong.line,
                    message: "the record starting on this line is longer than \(limit), the most ratify reads in one row\(quote)")
            ])
        }
    }
}
