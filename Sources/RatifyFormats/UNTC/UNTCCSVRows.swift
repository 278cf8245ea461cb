import CSV

/// The rows of a status table saved as CSV (as a spreadsheet or a scraper
/// saves it: comma-separated, a cell holding a comma quoted), each with the
/// line it starts on. CSV.swift parses; `CSVRecordSlicer` tells the lines
/// and finds a quote left open, which CSV.swift would read to the end.
enum UNTCCSVRows {
    static func rows(_ text: String, source: String) throws(ImportFailure) -> [UNTCRawRow] {
        var whole: [UInt8]? = Array(text.utf8)
        var slicer = CSVRecordSlicer(sliceSize: Int.max)
        var rows: [UNTCRawRow] = []
        do {
            while let slice = try slicer.next(reading: {
                defer { whole = nil }
                return whole
            }) {
                var line = slice.firstLine
                let reader = try CSVReader(string: String(decoding: slice.bytes, as: UTF8.self), hasHeaderRow: false)
                while let fields = reader.next() {
                    rows.append(UNTCRawRow(line: line, cells: fields))
                    line += CSVActionReader.lineBreaks(in: fields) + 1
                }
            }
        } catch {
            throw ImportFailure([ImportProblem(source: source, line: nil, message: "cannot read the CSV: \(error)")])
        }
        if let quoteLine = slicer.unclosedQuoteLine {
            throw ImportFailure([
                ImportProblem(
                    source: source, line: quoteLine,
                    message: "a quote opened on this line is never closed: close it, or double a quote inside a quoted cell (\"\")")
            ])
        }
        return rows
    }
}
