import Foundation

public struct UnknownParticipant: RatifyError, Equatable, Sendable {
    public let text: String
    public var exitStatus: ExitStatus { .badData }
    public let suggestions: [String]
    public var description: String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "… (\(text.count) characters)" : text
        let hint =
            suggestions.isEmpty
            ? "use an ISO 3166-1 alpha-3 code or the depositary's name"
            : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "unknown participant '\(shown)': \(hint)"
    }
}
