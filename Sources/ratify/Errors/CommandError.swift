import RatifyCore

/// Bad values given to a command, each named.
enum CommandError: RatifyError {
    case unknownAlertKind(String)
    case badMilestone(String)
    case negativeDays(Int)
    /// A malformed definition among several files given to `treaty add`.
    case definitionFile(source: String, error: TreatyDefinitionError)
    /// `check` found this many problems (listed on stdout).
    case checkFound(count: Int, path: String)
    /// An environment variable that does not hold what it should.
    case badEnvironment(name: String, value: String, expected: String)

    var exitStatus: ExitStatus {
        switch self {
        case .badEnvironment: .usage
        default: .badData
        }
    }

    var description: String {
        switch self {
        case .unknownAlertKind(let text):
            "unknown alert kind '\(text)': expected one of " + AlertKind.allCases.map(\.rawValue).joined(separator: ", ")
        case .badMilestone(let part):
            "--milestones takes whole numbers separated by commas, e.g. 30,35,39; found '\(part)'"
        case .negativeDays(let days):
            "a number of days must be 0 or more; found \(days)"
        case .definitionFile(let source, let error):
            "\(source): \(error)"
        case .checkFound(let count, let path):
            "check found \(count) problem\(count == 1 ? "" : "s") in \(path)"
        case .badEnvironment(let name, let value, let expected):
            "\(name)=\(value): \(expected)"
        }
    }
}
