public enum RecordRules {
    public static let all: [any RecordRule] = [
        DateNotAfterToday(), OneSignature(), SignatureWithinPeriod(), SignatureBeforeConsent(),
        OneConsentInEffect(), DenunciationNeedsConsent(),
    ]

    /// The rules a depositary table keeps: none. Its facts are recorded as
    /// the depositary states them, whatever rule they break, with a warning
    /// and a mark (docs/cli.md: the depositary's word is never refused). A
    /// date after today is one too: it most likely says the clock (or
    /// `--as-of`, `RATIFY_TODAY`) is behind, and the warning says so; the
    /// fact counts from its date, as every fact does.
    public static let keptByDepositaryTables: Set<String> = []

    /// Every broken rule in a record, sorted by where the action came from.
    public static func violations(in record: RecordUnderReview) -> [RuleViolation] {
        var seen = Set<RuleViolation>()
        return all.flatMap { $0.violations(in: record) }
            .filter { seen.insert($0).inserted }
            .sorted {
                ($0.action.provenance.line ?? 0, $0.action.participant, $0.rule) < (
                    $1.action.provenance.line ?? 0, $1.action.participant, $1.rule
                )
            }
    }

    /// The violations a change introduces: those in `after` that `before`
    /// did not already have. The record on file is never re-litigated; a
    /// change is refused only for what it breaks.
    public static func introduced(from before: RecordUnderReview, to after: RecordUnderReview) -> [RuleViolation] {
        let old = Set(violations(in: before).map(\.identity))
        return violations(in: after).filter { !old.contains($0.identity) }
    }
}

extension RuleViolation {
    /// Recorded actions are known by id; new ones by what they say.
    fileprivate var identity: String {
        "\(rule)|" + (action.id.map { "#\($0)" } ?? "\(action.participant)|\(action.kind)|\(action.date)")
    }
}
