import GRDB
import GRDBSQLite
import RatifyCore

extension Store {
    /// Imports a stream of actions all or nothing, in one IMMEDIATE
    /// transaction. `produce` runs on a thread of its own, and so does the
    /// review of what it emits (`FileReview`), while this thread inserts.
    /// A row equal to an action in effect, or to an earlier row of the
    /// file, is skipped (so the same file twice changes nothing); one that
    /// gives a recorded action a reference or note it lacks is recorded as a
    /// correction that adds it, and one that repeats an earlier row of the
    /// file with another reference or note is refused. Each
    /// treaty is checked against the rules as its record stands after the
    /// whole file: by the review, from memory, when it had no record before
    /// and its rows come together in the file; otherwise here, from the
    /// database. Any violation, or any error thrown by `produce`, rolls
    /// everything back.
    ///
    /// Memory holds one treaty's rows, by identity (8 bytes) and provenance,
    /// whatever the size of the file.
    public func importActions(
        today: CivilDate, dryRun: Bool = false, keepAdded: Bool = false,
        produce: @escaping @Sendable (_ emit: (PendingAction) throws -> Void) throws -> Void
    ) throws -> ImportCounts {
        try writeOrRollBack(commit: !dryRun) { db in
            let baseline = try self.lastActionID(in: db)
            let knownTreaties = Set(try String.fetchAll(db, sql: "SELECT id FROM treaty"))
            // Through the index; a treaty whose actions were all voided
            // counts as recorded, which only sends it the slower way.
            let recorded = Set(try String.fetchAll(db, sql: "SELECT DISTINCT treaty_id FROM action"))
            let review = FileReview(store: self, recorded: recorded, today: today)
            let stamp = self.now()
            let inserter = try ActionInserter(db, recordedAt: stamp)
            // The treaty the rows are about, and for rows the review leaves
            // to this thread, what is known of each of its actions: recorded
            // (in effect), or a row of this file.
            var current: (id: String, known: [PackedActionKey: KnownAction]?)?
            var checkHere = Set<String>()
            var counts = ImportCounts()
            try BatchPipeline.run(
                produce: { emit in
                    try produce { pending in
                        if let row = try review.admit(pending) { try emit(row) }
                    }
                    try review.finish()
                },
                consume: { (row: ReviewedRow) in
                    let pending = row.pending
                    if current?.id != pending.treaty {
                        guard knownTreaties.contains(pending.treaty) else {
                            throw StoreError.unknownTreaty(pending.treaty, known: knownTreaties.sorted())
                        }
                        current = (pending.treaty, nil)
                    }
                    if row.checkedHere {
                        if current!.known == nil {
                            // Rows of this file already inserted count too.
                            try inserter.flush(in: db)
                            current!.known = Dictionary(
                                try self.actionsInEffect(treaty: pending.treaty, in: db).map { (try PackedActionKey($0), .recorded($0)) },
                                uniquingKeysWith: { a, _ in a })
                        }
                        let key = try PackedActionKey(pending.action)
                        switch current!.known![key] {
                        case .recorded(let recorded)?:
                            guard
                                let correction = try self.correction(recorded: recorded, givenAgain: pending.action, treaty: pending.treaty)
                            else {
                                counts.unchanged += 1
                                return
                            }
                            // The replacement must be the latest row when its correction is written.
                            try inserter.flush(in: db)
                            checkHere.insert(pending.treaty)
                            _ = try self.insertCorrection(
                                correction.replacement, treaty: pending.treaty, supersedes: correction.supersedes,
                                reason: correction.reason,
                                recordedAt: stamp, in: db)
                            current!.known![key] = .inFile(FileReview.details(pending.action), line: pending.action.provenance.line)
                            counts.corrected += 1
                            if keepAdded { counts.correctedActions.append(correction) }
                            return
                        case .inFile(let first, let line)?:
                            let details = FileReview.details(pending.action)
                            if (details.reference.map { $0 != first.reference } ?? false)
                                || (details.note.map { $0 != first.note } ?? false)
                            {
                                throw StoreError.repeatedWithOtherDetails(
                                    location: pending.action.provenance.location, firstLine: line,
                                    action:
                                        "\(self.directory.displayName(pending.action.participant)) \(pending.action.kind.rawValue) \(pending.action.date)"
                                )
                            }
                            counts.unchanged += 1
                            return
                        case nil:
                            current!.known![key] = .inFile(FileReview.details(pending.action), line: pending.action.provenance.line)
                            checkHere.insert(pending.treaty)
                        }
                    }
                    try inserter.insert(pending, in: db)
                    counts.added += 1
                    if keepAdded { counts.addedActions.append(pending) }
                })
            try inserter.flush(in: db)
            // The pipeline has joined: the review's thread is done with it.
            counts.unchanged += review.repeated
            var violations = review.violations
            for treatyID in checkHere.union(review.revisited).sorted() {
                let definition = try self.treaty(treatyID, in: db).definition
                func review(_ actions: [ActionRecord]) -> RecordUnderReview {
                    RecordUnderReview(treaty: definition, actions: actions, today: today, directory: self.directory)
                }
                let after = try self.actionsInEffect(treaty: treatyID, in: db)
                violations += RecordRules.introduced(from: review(after.filter { ($0.id ?? 0) <= baseline }), to: review(after))
                    .map { violation in
                        // Rows of this file are not recorded after all: no id in the message.
                        var action = violation.action
                        if (action.id ?? 0) > baseline { action.id = nil }
                        return RuleViolation(action: action, rule: violation.rule, message: violation.message)
                    }
            }
            guard violations.isEmpty else {
                throw BrokenRules(violations: violations, directory: self.directory)
            }
            return counts
        }
    }
}
