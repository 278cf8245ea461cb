/// What is wrong with a definition: the field, what was expected, what was found.
public struct TreatyDefinitionError: RatifyError, Equatable, Sendable {
    public var field: String
    public var exitStatus: ExitStatus { .badData }
    public var expected: String
    public var found: String?

    public var description: String {
        let location = field.isEmpty ? "treaty definition" : "treaty definition field '\(field)'"
        return "\(location): expected \(expected)" + (found.map { ", found \($0)" } ?? "")
    }
}
