import GRDB
import RatifyCore

extension Store {
    public func recordReportRun(treaty: String, asOf: CivilDate, lastActionID: Int64) throws {
        try write { db in
            try ReportRunRow(id: nil, treatyId: treaty, asOf: asOf.description, lastActionId: lastActionID, runAt: self.now()).insert(db)
        }
    }

    /// What the report of a treaty (or the default one) reads, in one read.
    public func reportSnapshot(of id: String?) throws -> ReportSnapshot {
        try read { db in
            let treaty = try self.treaty(id, in: db)
            let treatyID = treaty.definition.id
            let previous = try ReportRunRow.filter(ReportRunRow.Columns.treatyId == treatyID).order(ReportRunRow.Columns.id.desc).fetchOne(
                db)
            let recorded = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, c.supersedes, c.reason FROM action a LEFT JOIN correction c ON c.action_id = a.id
                    WHERE a.treaty_id = ? AND a.id > ? ORDER BY a.id
                    """, arguments: [treatyID, previous?.lastActionId ?? 0]
            )
            .map { ReportSnapshot.RecordedAction(action: ActionRow(row: $0).record, corrects: $0["supersedes"], reason: $0["reason"]) }
            return ReportSnapshot(
                record: TreatyRecord(treaty: treaty, actions: try self.actionsInEffect(treaty: treatyID, in: db)),
                lastActionID: try self.lastActionID(in: db),
                previousRun: previous.map { ReportRun(ranAt: $0.runAt, lastActionID: $0.lastActionId) },
                recordedSince: recorded)
        }
    }
}
