import Plot

/// Escaping for text that came from a user or a file: participant names,
/// notes, references, treaty titles.
///
/// Plot escapes `<` and `>` in text nodes, but it leaves anything that looks
/// like an entity (`&lt;`, `&#60;`) as it is, so a note typed as `&lt;b&gt;`
/// would display as `<b>` instead of what was typed; and it writes attribute
/// values verbatim, quotes included. So every string from the record goes
/// through `escape` and into the page as `Node.escaped`, and every attribute
/// value that could hold one is escaped here before Plot sees it.
enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as character references: safe in text and
    /// in a double- or single-quoted attribute, in HTML and in inline SVG.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and line breaks are not allowed in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Node {
    /// Text from the record, escaped completely (see `HTMLEscaping`).
    static func escaped(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }
}
