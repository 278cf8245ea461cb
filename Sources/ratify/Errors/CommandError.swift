import RatifyCore

/// Bad values given to a command, each named.
enum CommandError: RatifyError {
    case unknownAlertKind(String)
    case badMilestone(String)
    /// A number of days outside 0...`CommandError.maxDays`.
    case daysOutOfRange(option: String, Int)
    /// The same alert kind both enabled and disabled.
    case enabledAndDisabled(String)
    /// A malformed definition among several files given to `treaty add`.
    case definitionFile(source: String, error: TreatyDefinitionError)
    /// `check` found this many problems (listed on stdout).
    case checkFound(count: Int, path: String)
    /// An environment variable that does not hold what it should.
    case badEnvironment(name: String, value: String, expected: String)

    var exitStatus: ExitStatus {
        switch self {
        // Values of the wrong form given to options are usage, as ArgumentParser's own are.
        case .badEnvironment, .unknownAlertKind, .badMilestone, .daysOutOfRange, .enabledAndDisabled: .usage
        default: .badData
        }
    }

    var description: String {
        switch self {
        case .unknownAlertKind(let text):
            "unknown alert kind '\(text)': expected one of " + AlertKind.allCases.map(\.rawValue).joined(separator: ", ")
        case .badMilestone(let part):
            "--milestones takes whole numbers separated by commas, e.g. 30,35,39; found '\(part)'"
        case .daysOutOfRange(let option, let days):
            "\(option) takes a number of days from 0 to \(Self.maxDays) (ten years); found \(days)"
        case .enabledAndDisabled(let kind):
            "'\(kind)' is both enabled and disabled: give it to --enable or to --disable, not both"
        case .definitionFile(let source, let error):
            "\(source): \(error)"
        case .checkFound(let count, let path):
            "check found \(count) problem\(count == 1 ? "" : "s") in \(path)"
        case .badEnvironment(let name, let value, let expected):
            "\(name)=\(value): \(expected)"
        }
    }
}

extension CommandError {
    /// The farthest ahead an alert may look: ten years.
    static let maxDays = 3650
}
