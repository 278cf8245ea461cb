/// An action name ratify does not know; the message lists the known ones.
public struct ActionError: RatifyError, Equatable, Sendable {
    public let text: String
    public var exitStatus: ExitStatus { .badData }
    public var description: String {
        "unknown action '\(text)': expected one of "
            + ActionKind.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
