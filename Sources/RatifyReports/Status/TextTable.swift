/// Left-aligned columns, padded by display width (counted in Characters,
/// which is right for the Latin names the depositary uses).
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []
    /// Cells shown dim (row, column): styled here, after escaping and padding.
    public var dimmed: Set<[Int]> = []

    public init(header: [String]) { self.header = header }

    /// Every cell on one line: control characters in it are shown escaped (`VisibleText`).
    public func render(style: TextStyle) -> String {
        let rows = self.rows.map { $0.map { VisibleText.escape($0) } }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String], row: Int?) -> String {
            let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
            let styled = padded.enumerated().map { column, cell in
                guard let row, dimmed.contains([row, column]) else { return cell }
                let text = String(cell.reversed().drop { $0 == " " }.reversed())
                return style.dim(text) + String(repeating: " ", count: cell.count - text.count)
            }
            return String(styled.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        return ([style.bold(line(header, row: nil))] + rows.enumerated().map { line($1, row: $0) }).joined(separator: "\n") + "\n"
    }
}
