import Foundation
import GRDB
import RatifyCore

extension Store {
    /// Integrity and foreign-key checks, then the engine's own: every stored
    /// definition parses, and the record in effect keeps every treaty rule,
    /// but where a depositary table's fact was recorded although it breaks
    /// one: those are accepted deviations, listed but not errors.
    /// `replaying` a past day checks the record as it stood then: actions
    /// dated after `today` are left out, as `status --as-of` leaves them.
    public func check(today: CivilDate, replaying: Bool = false) throws -> [CheckFinding] {
        var findings: [CheckFinding] = []
        try read { db in
            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                findings.append(CheckFinding(area: "integrity", message: line))
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                findings.append(
                    CheckFinding(
                        area: "foreign keys",
                        message: "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")")
                )
            }
        }
        for id in try treatyIDs().sorted() {
            let definition: TreatyDefinition
            do { definition = try treaty(id).definition } catch {
                findings.append(CheckFinding(area: "treaty \(id)", message: String(describing: error)))
                continue
            }
            let (actions, deviations) = try read { db in
                (try self.actionsInEffect(treaty: id, in: db), try self.deviations(treaty: id, in: db))
            }
            let review = RecordUnderReview(
                treaty: definition, actions: replaying ? actions.filter { $0.date <= today } : actions, today: today, directory: directory)
            for violation in RecordRules.violations(in: review) {
                let name = directory[violation.action.participant]?.name ?? violation.action.participant
                if let accepted = violation.action.id.flatMap({ deviations[$0] }), accepted.contains(where: { $0.rule == violation.rule }) {
                    findings.append(
                        CheckFinding(
                            area: "treaty \(id)", message: "accepted deviation: " + violation.depositaryLine(name: name), accepted: true))
                } else {
                    let message = BrokenRules(violations: [violation], directory: directory).messages[0]
                    findings.append(CheckFinding(area: "treaty \(id)", message: message))
                }
            }
        }
        return findings
    }
}
