import RatifyCore

enum UNTCText {
    /// Invisible characters a copy or a page may carry inside a name: soft
    /// hyphen, zero-width spaces and joiners, direction marks, BOM.
    static let invisible: Set<Unicode.Scalar> = [
        "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}",
    ]

    /// Runs of whitespace (spaces, tabs, U+00A0, line breaks) become one
    /// space; invisible characters go; the ends are trimmed.
    static func clean(_ text: some StringProtocol) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if character.unicodeScalars.allSatisfy({ invisible.contains($0) }) { continue }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(character)
        }
        return out
    }

    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// `Belgium2,3` → `Belgium`: trailing footnote digits, commas, spaces
    /// and superscript digits removed. The caller keeps the result only when
    /// it names a participant, so a name never loses a real character.
    static func withoutFootnotes(_ name: String) -> String {
        var text = Substring(name)
        while let last = text.last, (last.isASCII && last.isNumber) || last == "," || last.isWhitespace || superscriptDigits.contains(last)
        {
            text = text.dropLast()
        }
        return String(text)
    }
}

extension StringProtocol {
    var untcTrimmed: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
