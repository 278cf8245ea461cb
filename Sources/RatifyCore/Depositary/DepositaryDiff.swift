/// What a depositary table would change in the record: new signatures, new
/// instruments, and conflicts where the depositary's date or kind differs
/// from what is recorded. Pure.
public struct DepositaryDiff: Sendable {
    public var newActions: [PendingAction] = []
    public var unchanged = 0
    public var conflicts: [Conflict] = []
    /// Actions in effect that no fact of the table stands for: the table may
    /// be older than the record, or the record may hold a mistake.
    public var notInTable: [ActionRecord] = []

    public struct Conflict: Sendable {
        public var recorded: ActionRecord
        public var depositary: ActionRecord

        public func describe(_ directory: ParticipantDirectory) -> String {
            let name = directory.displayName(recorded.participant)
            return
                "\(name): recorded \(recorded.kind.rawValue) \(recorded.date) (#\(recorded.id ?? 0)), the depositary shows \(depositary.kind.rawValue) \(depositary.date)"
        }
    }

    /// For each fact of each row: equal to an action in effect (same kind
    /// and date), unchanged; a signature, or an action other than an
    /// instrument, whose recorded date differs, a conflict; an instrument
    /// where another is held, a conflict; otherwise new.
    public static func compare(_ entries: [DepositaryEntry], treaty: String, inEffect: [ActionRecord], source: String) -> DepositaryDiff {
        var diff = DepositaryDiff()
        var matched: Set<Int64> = []
        let byParticipant = Dictionary(grouping: inEffect, by: \.participant)
        for entry in entries {
            let code = entry.participant.code
            let recorded = (byParticipant[code] ?? []).sorted(by: ActionRecord.chronological)
            let provenance = Provenance(source: source, line: entry.line)
            // (When a denunciation takes effect plays no part in which instrument is held.)
            let held = ConsentHistory(chronological: recorded, denunciationSteps: []).heldInstrument
            for (index, fact) in entry.facts.enumerated() {
                let wanted = ActionRecord(
                    participant: code, kind: fact.kind, date: fact.date, note: note(fact.label), provenance: provenance)
                if let same = recorded.first(where: { $0.kind == fact.kind && $0.date == fact.date }) {
                    diff.unchanged += 1
                    matched.insert(same.id ?? -1)
                    continue
                }
                // Of several facts of one kind in a row (two signature or
                // consent columns), only the first may stand for a recorded one.
                let firstOfItsKind = !entry.facts[..<index].contains { $0.kind == fact.kind || ($0.kind.isConsent && fact.kind.isConsent) }
                let rival = fact.kind.isConsent ? held : recorded.first { $0.kind == fact.kind }
                if firstOfItsKind, let rival {
                    matched.insert(rival.id ?? -1)
                    diff.conflicts.append(Conflict(recorded: rival, depositary: wanted))
                } else {
                    diff.newActions.append(PendingAction(treaty: treaty, action: wanted))
                }
            }
        }
        diff.notInTable = inEffect.filter { !matched.contains($0.id ?? -1) }.sorted(by: ActionRecord.chronological)
        return diff
    }

    /// The record's note for a fact: the depositary's words when they say
    /// more than the action's name.
    static func note(_ label: String?) -> String {
        guard let label, let first = label.first else { return "depositary table" }
        return first.lowercased() + label.dropFirst() + " (depositary table)"
    }

    /// The conflicts as corrections that record the depositary's date, each
    /// with the table's file and line as the reason.
    public func corrections(treaty: String) -> [PendingCorrection] {
        conflicts.map {
            // The depositary's table carries no notification reference: the
            // recorded one, and its note, stay with the corrected action.
            var replacement = $0.depositary
            replacement.reference = replacement.reference ?? $0.recorded.reference
            replacement.note = $0.recorded.note ?? replacement.note
            return PendingCorrection(
                treaty: treaty, supersedes: $0.recorded.id!, replacement: replacement,
                reason: CorrectionReason.depositaryTable(
                    location: $0.depositary.provenance.location, kind: $0.depositary.kind.rawValue, date: $0.depositary.date.description
                ).description)
        }
    }
}
