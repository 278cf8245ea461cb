import GRDB
import RatifyCore

/// What a streamed import did, or would do in a dry run.
public struct ImportCounts: Sendable {
    public var added = 0
    public var unchanged = 0
    /// The rows added, kept only when asked (a dry run lists them).
    public var addedActions: [PendingAction] = []
}

extension Store {
    /// Imports a stream of actions all or nothing, in one IMMEDIATE
    /// transaction, holding no more than one treaty's record in memory:
    /// each row is inserted as it comes unless an equal action is in effect
    /// (so the same file twice changes nothing), then each treaty touched is
    /// checked against the rules as its record stands after the whole file.
    /// Any violation, or any error thrown by `produce`, rolls everything back.
    public func importActions(
        today: CivilDate, dryRun: Bool = false, keepAdded: Bool = false,
        produce: (_ emit: (PendingAction) throws -> Void) throws -> Void
    ) throws -> ImportCounts {
        try writeOrRollBack(commit: !dryRun) { db in
            let baseline = try self.lastActionID(in: db)
            let knownTreaties = Set(try String.fetchAll(db, sql: "SELECT id FROM treaty"))
            // The probe makes an equal action in effect, or an earlier equal
            // row of the same file, a no-op. Two plain statements, not one
            // INSERT ... SELECT ... WHERE NOT EXISTS: SQLite builds a
            // temporary table for every run of an INSERT that reads its own
            // table, and that was 40% of a 200,000-row import (scripts/bench).
            let insert = try db.makeStatement(sql: """
                INSERT INTO action (treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """)
            let probe = try db.makeStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM action_in_effect WHERE treaty_id = ?1 AND participant = ?2 AND date = ?4 AND kind = ?3)
                """)
            let stamp = self.now()
            var counts = ImportCounts()
            var touched = Set<String>()
            try produce { pending in
                guard knownTreaties.contains(pending.treaty) else {
                    throw StoreError.invalid("unknown treaty '\(pending.treaty)'")
                }
                let a = pending.action
                let date = a.date.description
                probe.setUncheckedArguments([pending.treaty, a.participant, a.kind.rawValue, date])
                if try Bool.fetchOne(probe) != true {
                    insert.setUncheckedArguments([pending.treaty, a.participant, a.kind.rawValue, date,
                                                  a.reference.nonEmpty, a.note.nonEmpty, stamp, a.provenance.source, a.provenance.line])
                    try insert.execute()
                    counts.added += 1
                    touched.insert(pending.treaty)
                    if keepAdded { counts.addedActions.append(pending) }
                } else {
                    counts.unchanged += 1
                }
            }
            var violations: [RuleViolation] = []
            for treatyID in touched.sorted() {
                let definition = try self.treaty(treatyID, in: db).definition
                let after = try self.actionsInEffect(treaty: treatyID, in: db)
                let before = after.filter { ($0.id ?? 0) <= baseline }
                let afterReview = RecordUnderReview(treaty: definition, actions: after, today: today, directory: self.directory)
                // A treaty with no record before the file has nothing to compare with.
                let introduced = before.isEmpty ? RecordRules.violations(in: afterReview) : RecordRules.introduced(
                    from: RecordUnderReview(treaty: definition, actions: before, today: today, directory: self.directory),
                    to: afterReview)
                violations += introduced.map { violation in
                    // Rows of this file are not recorded after all: no id in the message.
                    var action = violation.action
                    if (action.id ?? 0) > baseline { action.id = nil }
                    return RuleViolation(action: action, rule: violation.rule, problem: violation.problem)
                }
            }
            guard violations.isEmpty else {
                throw ValidationFailure(violations: violations, directory: self.directory)
            }
            return counts
        }
    }
}
