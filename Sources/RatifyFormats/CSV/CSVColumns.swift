import RatifyCore

/// The header of the actions CSV: which column is which, resolved once
/// rather than looked up for every field, and what is wrong with it, said
/// so that the user knows what to do (a header from Excel with trailing
/// empty columns is fine; a status table pasted as CSV is named as one).
struct CSVColumns {
    /// The header's names, trimmed and lowercased; "" for a column with no name.
    let names: [String]
    /// The columns up to the last named one; unnamed ones after it are ignored.
    let namedCount: Int
    let state: Int?, action: Int?, date: Int?, reference: Int?, note: Int?, treaty: Int?

    init(header: [String], line: Int, source: String) throws(ImportFailure) {
        guard header.count <= InputLimits.headerColumns else {
            throw ImportFailure([
                ImportProblem(
                    source: source, line: line,
                    message:
                        "the header has \(header.count) columns, more than the \(InputLimits.headerColumns) ratify reads: the columns are state, action, date, reference, note, treaty",
                    kind: .header)
            ])
        }
        names = header.map { $0.trimmingFieldSpace().lowercased() }
        namedCount = (names.lastIndex { !$0.isEmpty } ?? -1) + 1
        func failure(_ message: String) -> ImportProblem { ImportProblem(source: source, line: line, message: message, kind: .header) }
        if Self.isStatusTable(header) {
            throw ImportFailure([
                failure(
                    "this looks like the depositary's status table (a Participant column), not the actions CSV: import it with --format untc"
                )
            ])
        }
        var problems: [ImportProblem] = []
        let known = CSVActionReader.requiredColumns + CSVActionReader.optionalColumns
        for column in names where !column.isEmpty && !known.contains(column) {
            problems.append(
                failure(
                    "unknown column '\(column)': the columns are \(known.joined(separator: ", ")) (state, action and date are required)"))
        }
        for column in CSVActionReader.requiredColumns where !names.contains(column) {
            problems.append(failure("missing column '\(column)': the header must name state, action and date"))
        }
        // In the header's order, and linear in the header's width.
        var count: [String: Int] = [:]
        for column in names where !column.isEmpty { count[column, default: 0] += 1 }
        var said = Set<String>()
        for column in names where count[column, default: 0] > 1 && said.insert(column).inserted {
            problems.append(failure("column '\(column)' appears twice in the header"))
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        let position = { [names] (name: String) in names.firstIndex(of: name) }
        (state, action, date) = (position("state"), position("action"), position("date"))
        (reference, note, treaty) = (position("reference"), position("note"), position("treaty"))
    }

    /// Whether a row has the header's fields: exactly as many, or up to
    /// the last named column with only empty fields after it (spreadsheets
    /// write empty trailing cells, or leave them out).
    func fits(_ fields: [String]) -> Bool {
        fields.count == names.count
            || (fields.count >= namedCount && fields[namedCount...].allSatisfy { $0.trimmingFieldSpace().isEmpty })
    }

    /// The first column with no name that holds a value in this row.
    func valueUnderUnnamedColumn(_ fields: [String]) -> Int? {
        fields.indices.first { $0 < names.count && names[$0].isEmpty && !fields[$0].trimmingFieldSpace().isEmpty }
    }

    /// A header read with commas as one field that semicolons separate into known columns.
    static func isSemicolonHeader(_ fields: [String]) -> Bool {
        guard fields.count == 1 else { return false }
        let parts = fields[0].split(separator: ";").map { String($0).trimmingFieldSpace().lowercased() }
        return parts.count > 1 && CSVActionReader.requiredColumns.allSatisfy(parts.contains)
    }

    /// The depositary's table: a "Participant" column, often tab-separated.
    static func isStatusTable(_ fields: [String]) -> Bool {
        fields.contains { field in
            field.split(whereSeparator: { $0 == "\t" || $0 == "," }).contains {
                String($0).trimmingFieldSpace().lowercased() == "participant"
            }
        }
    }
}

extension String {
    /// Spaces, tabs and no-break spaces off both ends: for the header's
    /// names and for cells that must be empty (rows' fields are trimmed by
    /// CSV.swift itself, outside quotes only).
    fileprivate func trimmingFieldSpace() -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\u{00A0}" }
        guard let start = unicodeScalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = unicodeScalars.lastIndex(where: { !isSpace($0) })!
        return String(unicodeScalars[start...end])
    }
}
