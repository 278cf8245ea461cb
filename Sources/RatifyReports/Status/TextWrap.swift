/// Words wrapped to a width, for the sentences `status`, `report` and
/// `alert list` print on a terminal (a word longer than the width is cut
/// into pieces).
public enum TextWrap {
    public static func lines(_ text: String, width: Int?) -> [String] {
        guard let width, width > 0, text.count > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !current.isEmpty && current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
