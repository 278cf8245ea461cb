/// Decodes bytes as UTF-8, or names the line of the first byte that is not.
public enum TextDecoding {
    /// `firstLine` is the line the bytes start on; `atStart` says they
    /// start the file, where a byte order mark is dropped.
    public static func utf8(_ bytes: some Collection<UInt8>, source: String, firstLine: Int = 1, atStart: Bool = true) throws(ImportFailure)
        -> String
    {
        if let text = String(validating: bytes, as: UTF8.self) {
            return atStart && text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = firstLine
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw ImportFailure([
                    ImportProblem(
                        source: source, line: line,
                        message: "the file is not UTF-8 text (an invalid byte on this line); save it as UTF-8 and import again")
                ])
            }
        }
    }
}
