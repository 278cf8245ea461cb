/// The reason of a correction: a person's words (`ratify correct --reason`),
/// or one ratify writes itself, in one of two forms. The record stores the
/// English text (`description`), the words a person reads in `history`;
/// `init(stored:)` recognizes ratify's own forms again, so that a report in
/// another language can say them in its words, and a published page can
/// name a file without the folder it was imported from.
public enum CorrectionReason: Equatable, Sendable, CustomStringConvertible {
    /// A person's words.
    case typed(String)
    /// An action given again with what the record lacked: "FILE:LINE gives
    /// the reference C.N.101.2026 and a note".
    case givenAgain(source: Source, reference: String?, newReference: Bool, note: Bool, newNote: Bool)
    /// The depositary's date accepted: "the depositary's status table
    /// (FILE:LINE) shows ratification 2004-07-01".
    case depositaryTable(location: String, kind: String, date: String)

    /// Where an action given again came from.
    public enum Source: Equatable, Sendable {
        case commandLine
        /// `FILE:LINE`.
        case file(String)
    }

    private static let commandLineSource = "'ratify record'"
    private static let depositaryPrefix = "the depositary's status table ("

    public var description: String {
        switch self {
        case .typed(let words):
            return words
        case .givenAgain(let source, let reference, let newReference, let note, let newNote):
            var what: [String] = []
            if let reference { what.append(newReference ? "a new reference, \(reference)" : "the reference \(reference)") }
            if note { what.append(newNote ? "a new note" : "a note") }
            let from =
                switch source {
                case .commandLine: Self.commandLineSource
                case .file(let location): location
                }
            return "\(from) gives \(what.joined(separator: " and "))"
        case .depositaryTable(let location, let kind, let date):
            return "\(Self.depositaryPrefix)\(location)) shows \(kind) \(date)"
        }
    }

    /// The reason as stored: ratify's own forms are recognized, anything
    /// else is a person's words.
    public init(stored text: String) {
        self = Self.depositaryTable(text) ?? Self.givenAgain(text) ?? .typed(text)
    }

    private static func depositaryTable(_ text: String) -> CorrectionReason? {
        guard text.hasPrefix(depositaryPrefix), let close = text.range(of: ") shows ", options: .backwards) else { return nil }
        let location = String(text[text.index(text.startIndex, offsetBy: depositaryPrefix.count)..<close.lowerBound])
        let shown = text[close.upperBound...].split(separator: " ")
        guard shown.count == 2, (try? CivilDate.parse(String(shown[1]))) != nil else { return nil }
        return .depositaryTable(location: location, kind: String(shown[0]), date: String(shown[1]))
    }

    private static func givenAgain(_ text: String) -> CorrectionReason? {
        guard let gives = text.range(of: " gives ") else { return nil }
        let from = String(text[..<gives.lowerBound])
        var rest = String(text[gives.upperBound...])
        var note = false
        var newNote = false
        for (suffix, isNew) in [("a new note", true), ("a note", false)] {
            if rest == suffix || rest.hasSuffix(" and " + suffix) {
                (note, newNote) = (true, isNew)
                rest = rest == suffix ? "" : String(rest.dropLast(suffix.count + " and ".count))
                break
            }
        }
        var reference: String?
        var newReference = false
        if rest.hasPrefix("a new reference, ") {
            (reference, newReference) = (String(rest.dropFirst("a new reference, ".count)), true)
        } else if rest.hasPrefix("the reference ") {
            reference = String(rest.dropFirst("the reference ".count))
        } else if !rest.isEmpty {
            return nil
        }
        guard reference != nil || note else { return nil }
        let source: Source = from == commandLineSource ? .commandLine : .file(from)
        let reason = CorrectionReason.givenAgain(
            source: source, reference: reference, newReference: newReference, note: note, newNote: newNote)
        // Only a text this type would write itself is taken for one.
        return reason.description == text ? reason : nil
    }
}
