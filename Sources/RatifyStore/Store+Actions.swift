import Foundation
import GRDB
import RatifyCore

extension Store {
    /// The actions in effect for a treaty: neither superseded nor voided.
    public func actionsInEffect(treaty: String) throws -> [ActionRecord] {
        try read { db in try self.actionsInEffect(treaty: treaty, in: db) }
    }

    func actionsInEffect(treaty: String, in db: Database) throws -> [ActionRecord] {
        try ActionRow.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM action_in_effect WHERE treaty_id = ? ORDER BY id"), arguments: [treaty]
        )
        .map(\.record)
    }

    /// Every treaty, with its actions in effect, one treaty at a time and
    /// in id order, all from one snapshot (for `status --all`). A single
    /// cursor ordered like the treaties is merged with them, so memory
    /// holds one treaty's record, not the database's.
    public func forEachTreaty(_ body: (StoredTreaty, [ActionRecord]) throws -> Void) throws {
        try read { db in
            // Every definition first (they are small): one that no longer
            // validates fails before anything has been handed on.
            let treaties = try self.treaties(in: db)
            // Both orders are SQLite's, so they agree; every action names a
            // treaty (a foreign key), so no row is skipped.
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM action_in_effect ORDER BY treaty_id, id")
            var pending = try rows.next().map(ActionRow.init(row:))
            for treaty in treaties {
                var actions: [ActionRecord] = []
                while let row = pending, row.treatyId == treaty.definition.id {
                    actions.append(row.record)
                    pending = try rows.next().map(ActionRow.init(row:))
                }
                try body(treaty, actions)
            }
        }
    }

    /// The highest action id, for "what changed since".
    func lastActionID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM action") ?? 0
    }

    /// Records a batch all or nothing, in one IMMEDIATE transaction. The
    /// treaty rules are checked against the record as it would stand after
    /// the whole batch, so the order of the batch does not matter. Actions
    /// equal to one in effect are skipped. A dry run rolls back.
    /// `corrections` replace recorded actions in the same transaction (the
    /// depositary-table import uses them for dates it is told to accept).
    public func record(
        _ batch: [PendingAction], corrections: [PendingCorrection] = [], today: CivilDate, dryRun: Bool = false
    ) throws -> RecordOutcome {
        try writeOrRollBack(commit: !dryRun) { db in
            try self.record(batch, corrections: corrections, today: today, in: db)
        }
    }

    /// `record`, inside a write transaction the caller holds. With
    /// `fromDepositary`, a fact that breaks a rule the depositary's tables
    /// need not keep is recorded anyway and marked (`depositary_deviation`);
    /// the outcome lists it.
    func record(
        _ batch: [PendingAction], corrections: [PendingCorrection], today: CivilDate, fromDepositary: Bool = false, in db: Database
    ) throws -> RecordOutcome {
        var outcome = RecordOutcome()
        var violations: [(treaty: String, violation: RuleViolation)] = []
        let byTreaty = Dictionary(grouping: batch, by: \.treaty)
        // An action recorded again with a reference or note the record lacks:
        // a correction that adds it, with the reason (never silently dropped).
        var corrections = corrections
        for (treatyID, pendings) in byTreaty {
            let replaced = Set(corrections.map(\.supersedes))
            let existing = Dictionary(
                try self.actionsInEffect(treaty: treatyID, in: db).filter { !replaced.contains($0.id ?? -1) }.map { ($0.key, $0) },
                uniquingKeysWith: { a, _ in a })
            for pending in pendings {
                guard let recorded = existing[pending.action.key],
                    let correction = try self.correction(recorded: recorded, givenAgain: pending.action, treaty: treatyID),
                    !corrections.contains(where: { $0.supersedes == recorded.id })
                else { continue }
                corrections.append(correction)
                outcome.detailed.append(correction)
            }
        }
        let correctionsByTreaty = Dictionary(grouping: corrections, by: \.treaty)
        for treatyID in Set(byTreaty.keys).union(correctionsByTreaty.keys).sorted() {
            let definition = try self.treaty(treatyID, in: db).definition
            let existing = try self.actionsInEffect(treaty: treatyID, in: db)
            let replaced = Set(correctionsByTreaty[treatyID, default: []].map(\.supersedes))
            let replacements = correctionsByTreaty[treatyID, default: []].map(\.replacement)
            let kept = existing.filter { !replaced.contains($0.id ?? -1) }
            var keys = Set(kept.map(\.key) + replacements.map(\.key))
            var fresh: [ActionRecord] = replacements
            let detailed = Set(outcome.detailed.filter { $0.treaty == treatyID }.map(\.replacement.key))
            for pending in byTreaty[treatyID, default: []] where !detailed.contains(pending.action.key) {
                if keys.insert(pending.action.key).inserted {
                    fresh.append(pending.action)
                    outcome.added.append(pending)
                } else {
                    outcome.unchanged.append(pending)
                }
            }
            violations += RecordRules.introduced(
                from: RecordUnderReview(treaty: definition, actions: existing, today: today, directory: self.directory),
                to: RecordUnderReview(treaty: definition, actions: kept + fresh, today: today, directory: self.directory)
            ).map { (treatyID, $0) }
        }
        let accepted = fromDepositary ? violations.filter(\.violation.acceptableFromDepositary) : []
        let refused = fromDepositary ? violations.filter { !$0.violation.acceptableFromDepositary } : violations
        guard refused.isEmpty else {
            let treaties = Set(refused.map(\.treaty))
            throw try self.naming(
                BrokenRules(violations: refused.map(\.violation), directory: self.directory),
                treaty: treaties.count == 1 ? treaties.first : nil,
                in: db)
        }
        let stamp = self.now()
        var ids: [String: [ActionKey: Int64]] = [:]
        for correction in corrections {
            ids[correction.treaty, default: [:]][correction.replacement.key] = try self.insertCorrection(
                correction.replacement, treaty: correction.treaty, supersedes: correction.supersedes,
                reason: correction.reason, recordedAt: stamp, in: db)
        }
        for pending in outcome.added {
            var row = ActionRow(pending.action, treaty: pending.treaty, recordedAt: stamp)
            try row.insert(db)
            ids[pending.treaty, default: [:]][pending.action.key] = row.id
        }
        if !accepted.isEmpty {
            outcome.deviations = try insertDeviations(accepted, ids: ids, in: db)
        }
        return outcome
    }

    /// Replaces action `id` with a corrected copy; the original stays in the
    /// record, out of effect. `change` edits the copy. Returns the new action.
    public func correct(
        id: Int64, reason: String, today: CivilDate, provenance: Provenance = .commandLine,
        change: (inout ActionRecord) -> Void
    ) throws -> ActionRecord {
        try write { db in
            let (treatyID, original) = try self.actionInEffect(id: id, for: "correct", in: db)
            var corrected = original
            change(&corrected)
            corrected.id = nil
            corrected.provenance = provenance
            guard corrected.participant == original.participant else {
                throw StoreError.correctionChangesParticipant(id, participant: original.participant)
            }
            guard
                (corrected.kind, corrected.date, corrected.reference, corrected.note)
                    != (original.kind, original.date, original.reference, original.note)
            else {
                throw StoreError.correctionChangesNothing(id)
            }
            let existing = try self.actionsInEffect(treaty: treatyID, in: db)
            // A fact recorded as the depositary states it stays so when a
            // person corrects it: the rules it was accepted for are carried
            // to the corrected copy; any other rule still binds.
            let accepted = Set(try self.deviations(treaty: treatyID, in: db)[id, default: []].map(\.rule))
            let carried = try self.checkChange(
                .correcting(original), treaty: treatyID, before: existing, after: existing.filter { $0.id != id } + [corrected],
                today: today, accepting: { $0.action.id == nil && $0.action.key == corrected.key && accepted.contains($0.rule) }, in: db)
            corrected.id = try self.insertCorrection(
                corrected, treaty: treatyID, supersedes: id, reason: reason, recordedAt: self.now(), in: db)
            _ = try self.insertDeviations(carried.map { (treatyID, $0) }, ids: [treatyID: [corrected.key: corrected.id!]], in: db)
            return corrected
        }
    }

    /// The replacement row, then the correction linking it to the row it
    /// supersedes (the schema wants them in that order). Returns the new id.
    func insertCorrection(
        _ replacement: ActionRecord, treaty: String, supersedes: Int64, reason: String, recordedAt: String, in db: Database
    ) throws -> Int64 {
        var row = ActionRow(replacement, treaty: treaty, recordedAt: recordedAt)
        try row.insert(db)
        try CorrectionRow(actionId: row.id!, supersedes: supersedes, reason: reason).insert(db)
        return row.id!
    }

    /// Takes action `id` out of effect, with the reason; the row stays.
    public func void(id: Int64, reason: String, today: CivilDate, source: String = Provenance.commandLine.source) throws -> ActionRecord {
        try write { db in
            let (treatyID, original) = try self.actionInEffect(id: id, for: "void", in: db)
            let existing = try self.actionsInEffect(treaty: treatyID, in: db)
            try self.checkChange(
                .voiding(original), treaty: treatyID, before: existing, after: existing.filter { $0.id != id }, today: today, in: db)
            try VoidingRow(id: nil, actionId: id, reason: reason, recordedAt: self.now(), source: source).insert(db)
            return original
        }
    }

    /// The action `command` names, if it is in effect; a replaced one is
    /// refused naming the end of its chain of corrections.
    private func actionInEffect(id: Int64, for command: String, in db: Database) throws -> (String, ActionRecord) {
        guard let row = try ActionRow.fetchOne(db, key: id) else {
            throw StoreError.noSuchAction(id)
        }
        let supersededBy = { (id: Int64) in
            try Int64.fetchOne(db, sql: "SELECT action_id FROM correction WHERE supersedes = ?", arguments: [id])
        }
        if var last = try supersededBy(id) {
            while let next = try supersededBy(last) { last = next }
            let isVoid = try VoidingRow.filter(VoidingRow.Columns.actionId == last).fetchCount(db) > 0
            throw StoreError.alreadyCorrected(id, inEffect: isVoid ? nil : last, command: command)
        }
        if try VoidingRow.filter(VoidingRow.Columns.actionId == id).fetchCount(db) > 0 {
            throw StoreError.voided(id)
        }
        return (row.treatyId, row.record)
    }

    /// What an action given again makes of the recorded one, for `record`
    /// and the imports alike: nil when it adds nothing, the correction that
    /// adds a reference or note the record lacks, or a refusal when it gives
    /// another one than the record's.
    func correction(recorded: ActionRecord, givenAgain given: ActionRecord, treaty: String) throws -> PendingCorrection? {
        if let difference = ActionDetails.difference(recorded, given) {
            throw StoreError.detailsDiffer(
                location: given.provenance == .commandLine ? nil : given.provenance.location,
                action: "\(directory.displayName(given.participant)) \(given.kind.rawValue) \(given.date)", id: recorded.id ?? 0,
                field: difference.field, recorded: difference.recorded, given: difference.given)
        }
        guard let updated = ActionDetails.update(recorded, with: given) else { return nil }
        return PendingCorrection(
            treaty: treaty, supersedes: recorded.id!, replacement: updated,
            reason: ActionDetails.reason(recorded: recorded, updated: updated))
    }

    /// The broken rules naming their treaty when the database holds several
    /// (as `record` names it when it succeeds); with one, it goes unsaid.
    private func naming(_ broken: BrokenRules, treaty: String?, in db: Database) throws -> BrokenRules {
        var named = broken
        if let treaty, try TreatyRow.fetchCount(db) > 1 { named.treaty = treaty }
        return named
    }

    /// Refuses a change that breaks a rule, but for the violations
    /// `accepting` lets through, which it returns.
    @discardableResult
    private func checkChange(
        _ change: BrokenRules.Change, treaty: String, before: [ActionRecord], after: [ActionRecord], today: CivilDate,
        accepting: (RuleViolation) -> Bool = { _ in false }, in db: Database
    ) throws -> [RuleViolation] {
        let definition = try self.treaty(treaty, in: db).definition
        let violations = RecordRules.introduced(
            from: RecordUnderReview(treaty: definition, actions: before, today: today, directory: directory),
            to: RecordUnderReview(treaty: definition, actions: after, today: today, directory: directory))
        let refused = violations.filter { !accepting($0) }
        if !refused.isEmpty {
            throw try naming(BrokenRules(violations: refused, directory: directory, change: change), treaty: treaty, in: db)
        }
        return violations.filter(accepting)
    }

    /// Every row ever recorded for a treaty (or one participant of it),
    /// corrections and voided rows included, oldest first.
    public func history(treaty: String, participant: String? = nil) throws -> [HistoryEntry] {
        try read { db in
            var request = ActionRow.filter(ActionRow.Columns.treatyId == treaty)
            if let participant { request = request.filter(ActionRow.Columns.participant == participant) }
            let rows = try request.order(ActionRow.Columns.id).fetchAll(db)
            let corrections = try CorrectionRow.fetchAll(
                db, sql: "SELECT c.* FROM correction c JOIN action a ON a.id = c.action_id WHERE a.treaty_id = ?", arguments: [treaty])
            let correctionOf = Dictionary(corrections.map { ($0.actionId, $0) }, uniquingKeysWith: { a, _ in a })
            let supersededBy = Dictionary(corrections.map { ($0.supersedes, $0.actionId) }, uniquingKeysWith: { a, _ in a })
            let voided = Dictionary(
                try VoidingRow.fetchAll(
                    db, sql: "SELECT v.* FROM voiding v JOIN action a ON a.id = v.action_id WHERE a.treaty_id = ?", arguments: [treaty]
                )
                .map { ($0.actionId, ($0.reason, $0.recordedAt)) }, uniquingKeysWith: { a, _ in a })
            let deviations = try self.deviations(treaty: treaty, in: db)
            return rows.map { row in
                HistoryEntry(
                    treaty: row.treatyId, action: row.record, recordedAt: row.recordedAt,
                    supersedes: correctionOf[row.id!]?.supersedes, reason: correctionOf[row.id!]?.reason,
                    supersededBy: supersededBy[row.id!], voided: voided[row.id!].map { (reason: $0.0, at: $0.1) },
                    deviations: deviations[row.id!] ?? [])
            }
        }
    }
}
