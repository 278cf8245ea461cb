import RatifyCore

/// Where the participant's column is and what every other column is, as a
/// header row names them; without a header, Participant, Signature and a
/// consent column read with the depositary's usual legend.
struct UNTCLayout: Equatable, Sendable {
    var columnCount: Int
    var participant: Int
    /// Every column but the participant's, in the table's order.
    var columns: [UNTCColumn]
    /// The header's cells as written; empty without a header.
    var headerCells: [String] = []

    static let standard = UNTCLayout(
        columnCount: 3, participant: 0,
        columns: [
            UNTCColumn(index: 1, header: "", legend: .signature),
            UNTCColumn(index: 2, header: "", legend: .standard),
        ])

    /// Participant and one consent column: a table without a header whose
    /// second column holds lettered dates and which has no third.
    static let consentOnly = UNTCLayout(
        columnCount: 2, participant: 0, columns: [UNTCColumn(index: 1, header: "", legend: .standard)])

    /// The columns whose dates become actions.
    var mapped: [UNTCColumn] { columns.filter { $0.role != .skipped } }

    var columnNames: String {
        guard !headerCells.isEmpty else { return self == .consentOnly ? "Participant, consent" : "Participant, Signature, consent" }
        return headerCells.filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The layout a header row names; nil when the row is not a header (it
    /// has no cell "Participant" or "Participant(s)"). Columns may come in any order; an empty
    /// header cell is no column.
    static func header(_ cells: [String]) -> UNTCLayout? {
        let folded = cells.map { ParticipantDirectory.fold(UNTCLegend.withoutGluedFootnote($0)) }
        guard let participant = folded.firstIndex(where: { ["participant", "participants", "participant s"].contains($0) })
        else { return nil }
        let columns = cells.indices.filter { $0 != participant && !cells[$0].isEmpty }.map {
            UNTCColumn(index: $0, header: cells[$0], legend: .parse(header: cells[$0]))
        }
        let lastNonEmpty = cells.lastIndex { !$0.isEmpty } ?? 0
        return UNTCLayout(columnCount: max(participant, lastNonEmpty) + 1, participant: participant, columns: columns, headerCells: cells)
    }

    /// The layout of rows that come without a header: the standard one, but
    /// when no row has a date beyond the second column and some date there
    /// carries a letter, the second column is the consent column (a table
    /// of amendments or protocols has no Signature column, and a letter
    /// marks an instrument, never a signature).
    static func headerless(_ rows: [[String]]) -> UNTCLayout {
        var lettered = false
        for cells in rows {
            if cells.dropFirst(2).contains(where: { UNTCDateCell.looksLikeDate($0) }) { return .standard }
            guard cells.count > 1, UNTCDateCell.looksLikeDate(cells[1]) else { continue }
            let nextIsLetter = cells.count > 2 && UNTCDateCell.isSuffixOnly(cells[2])
            if UNTCDateCell.tokens(cells[1]).count > 3 || nextIsLetter { lettered = true }
        }
        return lettered ? .consentOnly : .standard
    }
}
