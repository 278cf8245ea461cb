/// Left-aligned columns, padded by display width (counted in Characters,
/// which is right for the Latin and Vietnamese names ratify prints; colour
/// codes are added after the fitting, so they never count).
///
/// Given a width (a terminal's), the table fits it: first the shrinkable
/// columns are cut (with "…") down to their minimum, then whole columns are
/// dropped, least useful first, each time giving the shrinkable ones their
/// room back; a line that is still too wide is cut at the width.
public struct TextTable {
    public var header: [String]
    public var rows: [[String]] = []
    /// How each column gives way to a narrow screen; `.keep` for any not given.
    public var fits: [Fit] = []
    /// Rows drawn dim (out of effect), by index.
    public var dimmedRows: Set<Int> = []

    public enum Fit: Equatable, Sendable {
        /// Always shown in full.
        case keep
        /// Cut, with "…", down to `minimum` characters.
        case shrink(minimum: Int)
        /// Dropped when the table does not fit; lower `order` goes first.
        case drop(order: Int)
    }

    public init(header: [String], fits: [Fit] = []) {
        self.header = header
        self.fits = fits
    }

    static let gap = 2

    /// The table, fitted to `width` columns when given (a terminal), else at full width.
    public func render(style: TextStyle, width: Int? = nil) -> String {
        // Every cell shown with its control characters escaped (`VisibleText`),
        // so that no field can move the cursor or forge a row.
        var shown = self
        shown.header = header.map { VisibleText.escape($0) }
        shown.rows = rows.map { $0.map { VisibleText.escape($0) } }
        return shown.renderEscaped(style: style, width: width)
    }

    private func renderEscaped(style: TextStyle, width: Int?) -> String {
        let (columns, widths) = layout(width: width)
        func line(_ cells: [String]) -> String {
            let padded = zip(columns, widths).map { column, w in Self.cut(cells[column], to: w).padded(to: w) }
                .joined(separator: String(repeating: " ", count: Self.gap))
            let trimmed = String(padded.reversed().drop { $0 == " " }.reversed())
            return width.map { Self.cut(trimmed, to: $0) } ?? trimmed
        }
        let body = rows.enumerated().map { i, row in dimmedRows.contains(i) ? style.dim(line(row)) : line(row) }
        return ([style.bold(line(header))] + body).joined(separator: "\n") + "\n"
    }

    /// The columns shown and their widths.
    func layout(width: Int?) -> (columns: [Int], widths: [Int]) {
        let natural = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func fit(_ column: Int) -> Fit { column < fits.count ? fits[column] : .keep }
        var columns = Array(header.indices)
        guard let width else { return (columns, natural) }
        let droppable = columns.filter { if case .drop = fit($0) { true } else { false } }
            .sorted { a, b in
                guard case .drop(let x) = fit(a), case .drop(let y) = fit(b) else { return false }
                return (x, a) < (y, b)
            }
        var toDrop = droppable[...]
        while true {
            var widths = columns.map { natural[$0] }
            var excess = widths.reduce(0, +) + Self.gap * max(0, columns.count - 1) - width
            // Shrink the shrinkable columns, widest first, one character at a time.
            while excess > 0 {
                let candidates = columns.indices.filter { i in
                    if case .shrink(let minimum) = fit(columns[i]) { return widths[i] > minimum }
                    return false
                }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
            if excess <= 0 || toDrop.isEmpty { return (columns, widths) }
            let dropped = toDrop.removeFirst()
            columns.removeAll { $0 == dropped }
        }
    }

    /// `text` in at most `width` characters, ending in "…" when cut.
    static func cut(_ text: String, to width: Int) -> String {
        text.count <= width ? text : width <= 0 ? "" : String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
