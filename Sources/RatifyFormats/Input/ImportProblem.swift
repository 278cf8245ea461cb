import RatifyCore

/// A bad row or a bad file: reported as `FILE:LINE: message` on stderr.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var message: String
    /// What kind of problem it is, to count the problems of a large file by
    /// kind rather than list them all.
    public var kind: Kind

    /// The kinds a large import's problems are counted by.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case header, fieldCount, participant, action, date, dayFirstDate, treaty, encoding, quote, other

        /// "bad dates": the problems of this kind, counted.
        public func counted(_ count: Int) -> String {
            let one = count == 1
            return switch self {
            case .header: one ? "problem with the header" : "problems with the header"
            case .fieldCount: one ? "row with the wrong number of fields" : "rows with the wrong number of fields"
            case .participant: one ? "unknown participant" : "unknown participants"
            case .action: one ? "unknown action" : "unknown actions"
            case .date: one ? "bad date" : "bad dates"
            case .dayFirstDate: one ? "date written DD/MM/YYYY" : "dates written DD/MM/YYYY"
            case .treaty: one ? "unknown treaty" : "unknown treaties"
            case .encoding: one ? "line that is not UTF-8" : "lines that are not UTF-8"
            case .quote: one ? "unclosed quote" : "unclosed quotes"
            case .other: one ? "other problem" : "other problems"
            }
        }
    }

    public init(source: String, line: Int?, message: String, kind: Kind = .other) {
        self.source = source
        self.line = line
        self.message = message
        self.kind = kind
    }

    public var description: String { Provenance(source: source, line: line).location + ": " + message }
}
