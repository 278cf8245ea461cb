/// Text for a terminal, with every control character shown as an escape:
/// a reference, note or title may hold bytes that move the cursor, retitle
/// the window or clear the screen, or a line break that would forge a row.
/// C0 controls and DEL as `\t`, `\n`, `\r` or `\xHH`; C1 controls, the line
/// and paragraph separators and the bidirectional overrides as `\u{HHHH}`.
public enum VisibleText {
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A: !keepingLineBreaks
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        // Most text has none: return it as it is.
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let escaped =
                switch scalar.value {
                case 0x09: "\\t"
                case 0x0A: "\\n"
                case 0x0D: "\\r"
                case 0x00...0x1F, 0x7F: "\\x" + hex(scalar.value, digits: 2)
                default: "\\u{" + hex(scalar.value, digits: 4) + "}"
                }
            out.append(contentsOf: escaped.unicodeScalars)
        }
        return String(out)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
