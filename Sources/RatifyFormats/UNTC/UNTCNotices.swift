/// What a table holds that ratify does not record, said once: one notice per
/// skipped column, one per letter a column's cells carry that nothing
/// explains. A notice is not a problem: the rest of the table is imported.
struct UNTCNotices {
    private struct Skipped {
        var column: UNTCColumn
        var cells = 0
    }
    private struct Letter {
        var column: UNTCColumn
        var suffix: String
        var firstLine: Int
        var firstCell: String
        var cells = 1
    }

    private var skipped: [Skipped] = []
    private var letters: [Letter] = []

    /// Every skipped column is named, even an empty one.
    init(layout: UNTCLayout) {
        skipped = layout.columns.filter { $0.role == .skipped }.map { Skipped(column: $0) }
    }

    mutating func skippedCell(in column: UNTCColumn) {
        if let at = skipped.firstIndex(where: { $0.column.index == column.index }) { skipped[at].cells += 1 }
    }

    mutating func unknownLetter(_ cell: UNTCDateCell, in column: UNTCColumn, line: Int) {
        if let at = letters.firstIndex(where: { $0.column.index == column.index && $0.suffix == cell.suffix }) {
            letters[at].cells += 1
        } else {
            letters.append(Letter(column: column, suffix: cell.suffix, firstLine: line, firstCell: cell.written + " " + cell.suffix))
        }
    }

    func problems(source: String, headerLine: Int?) -> [ImportProblem] {
        let columns = skipped.map { item in
            let held = item.cells == 0 ? "it is empty" : "its \(item.cells) cell\(item.cells == 1 ? " is" : "s are") skipped"
            return ImportProblem(
                source: source, line: headerLine,
                message:
                    "\(item.column.name) names nothing ratify records (a signature, an instrument of consent, a provisional application, an application or a denunciation): \(held)"
            )
        }
        let unknown = letters.map { item in
            let more = item.cells == 1 ? "" : " (and \(item.cells - 1) more with '\(item.suffix)' in this column)"
            let legend = item.column.legend.items.isEmpty ? "" : " (its header names \(item.column.legend.summary))"
            return ImportProblem(
                source: source, line: item.firstLine,
                message:
                    "the letter '\(item.suffix)' after \(item.firstCell.split(separator: " ").prefix(3).joined(separator: " ")) in \(item.column.name) is neither in its header\(legend) nor one the depositary uses there: the cell is skipped\(more); check what the letter means on the depositary's page"
            )
        }
        return columns + unknown
    }
}
