import GRDB
import RatifyCore

extension Store {
    /// Remembers a report run of `channel`: the next report of that channel
    /// measures what changed from here.
    public func recordReportRun(treaty: String, channel: String, asOf: CivilDate, lastActionID: Int64, lastVoidingID: Int64) throws {
        try write { db in
            try ReportRunRow(
                id: nil, treatyId: treaty, asOf: asOf.description, lastActionId: lastActionID, runAt: self.now(), channel: channel,
                lastVoidingId: lastVoidingID
            ).insert(db)
        }
    }

    /// What the report of a treaty (or the default one) reads for a channel, in one read.
    public func reportSnapshot(of id: String?, channel: String) throws -> ReportSnapshot {
        try read { db in
            let treaty = try self.treaty(id, in: db)
            let treatyID = treaty.definition.id
            // The channel's own latest run, else the latest from before channels.
            let previous = try ReportRunRow.filter(ReportRunRow.Columns.treatyId == treatyID)
                .filter(ReportRunRow.Columns.channel == channel || ReportRunRow.Columns.channel == nil)
                .order(ReportRunRow.Columns.id.desc).fetchOne(db)
            let lastAction = previous?.lastActionId ?? 0
            let lastVoiding = previous?.lastVoidingId ?? 0
            let recorded = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, c.supersedes, c.reason, later.action_id AS superseded_by, v.reason AS void_reason
                    FROM action a
                    LEFT JOIN correction c ON c.action_id = a.id
                    LEFT JOIN correction later ON later.supersedes = a.id
                    LEFT JOIN voiding v ON v.action_id = a.id
                    WHERE a.treaty_id = ? AND a.id > ? ORDER BY a.id
                    """, arguments: [treatyID, lastAction]
            )
            .map {
                ReportSnapshot.RecordedAction(
                    action: ActionRow(row: $0).record, corrects: $0["supersedes"], reason: $0["reason"], supersededBy: $0["superseded_by"],
                    voidReason: $0["void_reason"])
            }
            let voided = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, v.reason AS void_reason, v.recorded_at AS voided_at FROM voiding v JOIN action a ON a.id = v.action_id
                    WHERE a.treaty_id = ? AND v.id > ? ORDER BY v.id
                    """, arguments: [treatyID, lastVoiding]
            )
            .map { ReportSnapshot.VoidedAction(action: ActionRow(row: $0).record, reason: $0["void_reason"], recordedAt: $0["voided_at"]) }
            return ReportSnapshot(
                record: TreatyRecord(treaty: treaty, actions: try self.actionsInEffect(treaty: treatyID, in: db)),
                lastActionID: try self.lastActionID(in: db),
                lastVoidingID: try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM voiding") ?? 0,
                previousRun: try previous.map { row in
                    ReportRun(
                        ranAt: row.runAt, asOf: try CivilDate.parse(row.asOf), channel: row.channel, lastActionID: row.lastActionId,
                        lastVoidingID: row.lastVoidingId)
                },
                recordedSince: recorded,
                voidedSince: voided,
                actionsAtPreviousRun: previous == nil
                    ? [] : try self.actionsInEffect(treaty: treatyID, lastAction: lastAction, lastVoiding: lastVoiding, in: db))
        }
    }

    /// The actions in effect as a report run saw them: recorded up to its
    /// last action, neither voided up to its last voiding nor superseded by
    /// a correction it had seen.
    func actionsInEffect(treaty: String, lastAction: Int64, lastVoiding: Int64, in db: Database) throws -> [ActionRecord] {
        try ActionRow.fetchAll(
            db,
            sql: """
                SELECT a.* FROM action a
                WHERE a.treaty_id = :treaty AND a.id <= :lastAction
                  AND NOT EXISTS (SELECT 1 FROM voiding v WHERE v.action_id = a.id AND v.id <= :lastVoiding)
                  AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.supersedes = a.id AND c.action_id <= :lastAction)
                ORDER BY a.id
                """, arguments: ["treaty": treaty, "lastAction": lastAction, "lastVoiding": lastVoiding]
        ).map(\.record)
    }
}
