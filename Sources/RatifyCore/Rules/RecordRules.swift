public enum RecordRules {
    public static let all: [any RecordRule] = [
        DateNotAfterToday(), OneSignature(), SignatureWithinPeriod(), SignatureBeforeConsent(),
        OneConsentInEffect(), DenunciationNeedsConsent(),
    ]

    /// The rules a depositary table keeps. Its facts are recorded as the
    /// depositary states them, whatever rule they break, except a date after
    /// today: the depositary records only what has happened, so such a date
    /// says that the clock (or `--as-of`, `RATIFY_TODAY`) is behind or that
    /// the table was edited, and it is refused like any bad input.
    public static let keptByDepositaryTables: Set<String> = [DateNotAfterToday().name]

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
