/// A participant name or code that the reference data does not know, with
/// the closest known names; or one that means several participants
/// ("Korea"), with each of them.
public struct UnknownParticipant: RatifyError, Equatable, Sendable {
    public let text: String
    /// The closest known names; for an ambiguous name, every participant it may mean.
    public let suggestions: [String]
    /// The name means several participants (listed in `suggestions`).
    public let ambiguous: Bool

    public init(text: String, suggestions: [String], ambiguous: Bool = false) {
        self.text = text
        self.suggestions = suggestions
        self.ambiguous = ambiguous
    }

    public var exitStatus: ExitStatus { .badData }

    public var description: String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "… (\(text.count) characters)" : text
        if ambiguous {
            return "'\(shown)' may mean " + suggestions.joined(separator: " or ") + ": give the code or the full name"
        }
        let hint =
            suggestions.isEmpty
            ? "use an ISO 3166-1 alpha-3 code or the depositary's name"
            : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "unknown participant '\(shown)': \(hint)"
    }
}
