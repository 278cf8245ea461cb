import GRDB
import RatifyCore

extension Store {
    /// Compares the depositary's table with the record and records what it
    /// adds, in one IMMEDIATE transaction, so that the diff shown is the one
    /// recorded. A conflict (a recorded date or kind the depositary does not
    /// show) fails with `DepositaryConflicts` unless `acceptDepositary`
    /// records the depositary's as a correction. A fact that breaks a rule is
    /// recorded anyway, marked as recorded by the depositary (the outcome's
    /// `deviations`), unless the rule is one a depositary table keeps (a
    /// date after today). A dry run rolls back; it does not fail on a
    /// conflict, which its caller then reports.
    /// `show` sees the diff before anything is checked or written.
    public func recordDepositaryTable(
        _ entries: [DepositaryEntry], treaty: String, source: String, acceptDepositary: Bool, today: CivilDate, dryRun: Bool,
        show: (DepositaryDiff) -> Void
    ) throws -> DepositaryImport {
        try writeOrRollBack(commit: !dryRun) { db in
            let diff = DepositaryDiff.compare(
                entries, treaty: treaty, inEffect: try self.actionsInEffect(treaty: treaty, in: db), source: source)
            show(diff)
            // A dry run goes on, so that it shows the whole diff; the caller then refuses.
            if !diff.conflicts.isEmpty && !acceptDepositary && !dryRun {
                throw DepositaryConflicts(diff: diff, source: source, directory: self.directory)
            }
            let outcome = try self.record(
                diff.newActions, corrections: acceptDepositary ? diff.corrections(treaty: treaty) : [], today: today,
                fromDepositary: true, in: db)
            return DepositaryImport(diff: diff, outcome: outcome)
        }
    }
}
