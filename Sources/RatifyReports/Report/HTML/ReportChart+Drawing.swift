/// The chart's SVG pieces: lines, haloed text, label widths, coordinates.
extension ReportChart {
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ colour: String, width: Double, extra: String = "") -> String
    {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(colour)\" stroke-width=\"\(number(width))\"\(extra)/>"
    }

    /// Text with a white halo, so that a line running behind it does not hide it.
    static func text(_ x: Double, _ y: Double, _ content: String, fill: String, anchor: String = "start", bold: Bool = false) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\"\(anchor == "start" ? "" : " text-anchor=\"\(anchor)\"") fill=\"\(fill)\""
            + "\(bold ? " font-weight=\"700\"" : "") stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">"
            + HTMLEscaping.escape(content) + "</text>"
    }

    /// A label's width at the chart's font size, generously: wide system
    /// faces (DejaVu Sans) average about 0.6 em per character, bold more.
    static func estimatedWidth(_ text: String, bold: Bool = false) -> Double {
        Double(text.count) * fontSize * (bold ? 0.68 : 0.62)
    }

    /// A coordinate with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
