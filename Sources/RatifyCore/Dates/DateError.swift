public enum DateError: RatifyError, Equatable, Sendable {
    public var exitStatus: ExitStatus { .badData }

    case malformed(String)
    case impossible(String, String)

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a date: write it as YYYY-MM-DD, e.g. 2026-06-01"
        case .impossible(let text, let why):
            "\(text) is not a real calendar date: \(why)"
        }
    }
}
