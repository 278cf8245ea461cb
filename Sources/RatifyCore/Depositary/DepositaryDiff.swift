/// What a depositary table would change in the record: new signatures, new
/// instruments, and conflicts where the depositary's date or kind differs
/// from what is recorded. Pure.
public struct DepositaryDiff: Sendable {
    public var newActions: [PendingAction] = []
    public var unchanged = 0
    public var conflicts: [Conflict] = []

    public struct Conflict: Sendable {
        public var recorded: ActionRecord
        public var depositary: ActionRecord

        public func describe(_ directory: ParticipantDirectory) -> String {
            let name = directory.displayName(recorded.participant)
            return
                "\(name): recorded \(recorded.kind.rawValue) \(recorded.date) (#\(recorded.id ?? 0)), the depositary shows \(depositary.kind.rawValue) \(depositary.date)"
        }
    }

    public static func compare(_ entries: [DepositaryEntry], treaty: String, inEffect: [ActionRecord], source: String) -> DepositaryDiff {
        var diff = DepositaryDiff()
        let byParticipant = Dictionary(grouping: inEffect, by: \.participant)
        for entry in entries {
            let code = entry.participant.code
            let recorded = (byParticipant[code] ?? []).sorted(by: ActionRecord.chronological)
            let provenance = Provenance(source: source, line: entry.line)
            if let date = entry.signature {
                let wanted = ActionRecord(participant: code, kind: .signature, date: date, note: "depositary table", provenance: provenance)
                if let signature = recorded.first(where: { $0.kind == .signature }) {
                    if signature.date == date {
                        diff.unchanged += 1
                    } else {
                        diff.conflicts.append(Conflict(recorded: signature, depositary: wanted))
                    }
                } else {
                    diff.newActions.append(PendingAction(treaty: treaty, action: wanted))
                }
            }
            if let consent = entry.consent {
                let wanted = ActionRecord(
                    participant: code, kind: consent.kind, date: consent.date,
                    note: consent.suffix == "c"
                        ? "formal confirmation (depositary table)"
                        : consent.suffix == "s" ? "definitive signature (depositary table)" : "depositary table",
                    provenance: provenance)
                if recorded.contains(where: { $0.kind == consent.kind && $0.date == consent.date }) {
                    diff.unchanged += 1
                } else if let held = ConsentHistory(chronological: recorded, denunciationSteps: []).heldInstrument {
                    // (When a denunciation takes effect plays no part in which instrument is held.)
                    diff.conflicts.append(Conflict(recorded: held, depositary: wanted))
                } else {
                    diff.newActions.append(PendingAction(treaty: treaty, action: wanted))
                }
            }
        }
        return diff
    }

    /// The conflicts as corrections that record the depositary's date, each
    /// with the table's file and line as the reason.
    public func corrections(treaty: String) -> [PendingCorrection] {
        conflicts.map {
            PendingCorrection(
                treaty: treaty, supersedes: $0.recorded.id!, replacement: $0.depositary,
                reason:
                    "the depositary's status table (\($0.depositary.provenance.location)) shows \($0.depositary.kind.rawValue) \($0.depositary.date)"
            )
        }
    }
}
