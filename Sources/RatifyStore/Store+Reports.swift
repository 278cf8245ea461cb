import GRDB
import RatifyCore

extension Store {
    public func lastReportRun(treaty: String) throws -> ReportRun? {
        try read { db in
            try ReportRunRow.filter(Column("treaty_id") == treaty).order(Column("id").desc).fetchOne(db)
                .map { ReportRun(ranAt: $0.runAt, lastActionID: $0.lastActionID) }
        }
    }

    public func recordReportRun(treaty: String, asOf: CivilDate, lastActionID: Int64) throws {
        try write { db in
            try ReportRunRow(id: nil, treatyID: treaty, asOf: asOf.description, lastActionID: lastActionID, runAt: self.now()).insert(db)
        }
    }

    /// Every action row of a treaty recorded after `id`, corrections
    /// included, with what each corrects.
    public func actionsRecorded(treaty: String, after id: Int64) throws -> [(action: ActionRecord, corrects: Int64?, reason: String?)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, c.supersedes, c.reason FROM action a LEFT JOIN correction c ON c.action_id = a.id
                WHERE a.treaty_id = ? AND a.id > ? ORDER BY a.id
                """, arguments: [treaty, id])
                .map { (ActionRow(row: $0).record, $0["supersedes"], $0["reason"]) }
        }
    }
}
