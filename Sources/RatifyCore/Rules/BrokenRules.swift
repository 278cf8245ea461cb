/// A change refused because it breaks the treaty's rules: every violation,
/// so that an import can report every bad row at once.
public struct BrokenRules: RatifyError, Sendable {
    public let violations: [RuleViolation]
    public let directory: ParticipantDirectory

    /// Keeps the violations in file order (by line; stable otherwise).
    public init(violations: [RuleViolation], directory: ParticipantDirectory = .builtIn) {
        self.violations = violations.enumerated()
            .sorted { ($0.element.action.provenance.line ?? 0, $0.offset) < ($1.element.action.provenance.line ?? 0, $1.offset) }
            .map(\.element)
        self.directory = directory
    }

    public var exitStatus: ExitStatus { .badData }

    public var description: String { messages.joined(separator: "\n") }

    /// One line per violation; `FILE:LINE: ` first for a row of a file.
    public var messages: [String] {
        violations.map { violation in
            let action = violation.action
            let prefix = action.provenance.line != nil ? action.provenance.location + ": " : ""
            let recorded = action.id.map { " (recorded as #\($0))" } ?? ""
            return prefix + violation.message(name: directory[action.participant]?.name ?? action.participant) + recorded
        }
    }
}
