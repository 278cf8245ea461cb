/// A rule every treaty's record must keep (docs/cli.md, "Actions and the rules every treaty
/// gets"). Each rule lives in its own file and is tested on its own; the
/// validator runs them all over the record as it would stand after a change.
public protocol RecordRule: Sendable {
    /// A short name, used in tests and `ratify check`.
    var name: String { get }
    func violations(in record: RecordUnderReview) -> [RuleViolation]
}
