/// A change refused because it breaks the treaty's rules (65): every
/// violation, so that an import reports every bad row at once, and what the
/// change was, so that each message speaks of what the user did.
public struct BrokenRules: RatifyError, Sendable {
    /// What was refused.
    public enum Change: Sendable, Equatable {
        /// New actions: `record`, an import.
        case adding
        /// Taking a recorded action out of effect: `void`.
        case voiding(ActionRecord)
        /// Replacing a recorded action: `correct`.
        case correcting(ActionRecord)
        /// Hypothetical actions: `--assume`.
        case assuming
    }

    public let violations: [RuleViolation]
    public let directory: ParticipantDirectory
    public let change: Change
    /// The treaty, named in each message when the database holds several
    /// (as `record` names it when it succeeds).
    public var treaty: String?

    /// Keeps the violations in file order (by line; stable otherwise). A
    /// rule that pairs a new action with a recorded one (a second signature,
    /// a second instrument) is said once, of the new action: the user's
    /// mistake is what they typed, not what was already recorded.
    public init(violations: [RuleViolation], directory: ParticipantDirectory = .builtIn, change: Change = .adding) {
        let aboutNew = Set(violations.filter { $0.action.id == nil }.map { "\($0.action.participant)|\($0.rule)" })
        self.violations = violations.enumerated()
            .filter { $0.element.action.id == nil || !aboutNew.contains("\($0.element.action.participant)|\($0.element.rule)") }
            .sorted { ($0.element.action.provenance.line ?? 0, $0.offset) < ($1.element.action.provenance.line ?? 0, $1.offset) }
            .map(\.element)
        self.directory = directory
        self.change = change
    }

    public var exitStatus: ExitStatus { .badData }

    public var description: String { messages.joined(separator: "\n") }

    /// Whether the refused actions came from the rows of a file (an import).
    public var isImport: Bool { violations.contains { $0.action.id == nil && $0.action.provenance.line != nil } }

    /// One line per violation; `FILE:LINE: ` first for a row of a file. A
    /// void or a correction that leaves another recorded action in breach
    /// says so, and what to do first.
    public var messages: [String] {
        violations.map { violation in
            let action = violation.action
            let name = directory[action.participant]?.name ?? action.participant
            switch (change, action.id) {
            case (.voiding(let voided), let id?) where id != voided.id:
                return "voiding #\(voided.id ?? 0) (\(describe(voided))) would leave \(describe(action)) (#\(id)) in breach: "
                    + "\(violation.message.summary); void or correct #\(id) first"
            case (.correcting(let original), let id?) where id != original.id:
                return "correcting #\(original.id ?? 0) (\(describe(original))) would leave \(describe(action)) (#\(id)) in breach: "
                    + "\(violation.message.summary); correct #\(id) too, or first"
            case (.assuming, nil):
                let hint: String
                if case .noSignature = violation.message {
                    hint = "; assume its signature too (--assume \(action.participant)=DATE:signature), or an accession"
                } else {
                    hint = ""
                }
                return "--assume: \(describe(action)): \(violation.message.summary)" + hint
            default:
                let prefix = action.id == nil && action.provenance.line != nil ? action.provenance.location + ": " : ""
                let recorded = action.id.map { " (recorded as #\($0))" } ?? ""
                return prefix + violation.message(name: name, treaty: treaty) + recorded
            }
        }
    }

    private func describe(_ action: ActionRecord) -> String {
        "\(directory[action.participant]?.name ?? action.participant) (\(action.participant)) \(action.kind.rawValue) \(action.date)"
            + (treaty.map { " [\($0)]" } ?? "")
    }
}
