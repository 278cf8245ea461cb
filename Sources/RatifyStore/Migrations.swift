import GRDB

/// The database's migrations, append-only: a shipped migration is never
/// edited; a change is a new one registered after the others.
enum Migrations {
    /// The schema of record, embedded from the top-level schema.sql.
    static let schemaSQL = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: schemaSQL)
        }
        migrator.registerMigration("v2-corrections") { db in
            try db.execute(sql: correctionsSQL)
        }
        migrator.registerMigration("v3-report-channels") { db in
            try db.execute(sql: reportChannelsSQL)
        }
        migrator.registerMigration("v4-depositary-kinds") { db in
            try db.execute(sql: depositaryKindsSQL)
        }
        migrator.registerMigration("v5-depositary-deviations") { db in
            try db.execute(sql: depositaryDeviationsSQL)
        }
        migrator.registerMigration("v6-alert-claims") { db in
            try db.execute(sql: alertClaimsSQL)
        }
        return migrator
    }()

    /// Identifiers of every migration this binary knows, in order.
    static var known: [String] { migrator.migrations }

    /// v2: a correction becomes a row of its own table, linking the
    /// replacement action to the one it supersedes. In v1 the link was a
    /// column of `action`, checked by a trigger that ran for every inserted
    /// row, correction or not; with the `kind IN (...)` CHECK (SQLite
    /// evaluates a list that way per row, an OR of comparisons costs far
    /// less) and the date CHECK's GLOB it was half the cost of a bulk
    /// import (scripts/bench). The
    /// table is rebuilt as SQLite's ALTER TABLE documentation prescribes:
    /// new table, copy, drop, rename, then the index, view and triggers.
    /// Ids are kept, so every reference to an action still holds. The
    /// alert and report-run tables are rebuilt the same way for their date
    /// CHECKs.
    /// (GRDB runs a migration with foreign keys off and checks them all
    /// before it commits.)
    static let correctionsSQL = """
        CREATE TABLE action_v2 (
            id          INTEGER PRIMARY KEY,
            treaty_id   TEXT NOT NULL REFERENCES treaty(id),
            participant TEXT NOT NULL REFERENCES participant(code),
            kind        TEXT NOT NULL CHECK (kind = 'signature' OR kind = 'ratification' OR kind = 'acceptance'
                OR kind = 'approval' OR kind = 'accession' OR kind = 'succession' OR kind = 'denunciation'),
            -- date(julianday(x)) IS x: SQLite's date() alone passes 2025-02-30
            -- through unchanged, and only YYYY-MM-DD comes back as itself
            -- (IS, not =: text julianday() cannot read gives NULL, which a
            -- CHECK would let through; v1's GLOB did the same, at a cost).
            date        TEXT NOT NULL CHECK (date(julianday(date)) IS date),
            reference   TEXT CHECK (reference <> ''),
            note        TEXT CHECK (note <> ''),
            recorded_at TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source <> ''),
            source_line INTEGER CHECK (source_line >= 1)
        ) STRICT;
        INSERT INTO action_v2 (id, treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line)
            SELECT id, treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line FROM action ORDER BY id;

        -- A correction: action `action_id` replaces action `supersedes`, which
        -- stays in the record, out of effect, with the reason.
        CREATE TABLE correction (
            action_id  INTEGER PRIMARY KEY REFERENCES action(id),
            supersedes INTEGER NOT NULL UNIQUE REFERENCES action(id),
            reason     TEXT NOT NULL CHECK (reason <> ''),
            CHECK (supersedes < action_id)
        ) STRICT;
        INSERT INTO correction (action_id, supersedes, reason)
            SELECT id, supersedes, reason FROM action WHERE supersedes IS NOT NULL ORDER BY id;

        DROP VIEW action_in_effect;
        DROP TRIGGER voiding_in_effect;
        DROP TABLE action;
        ALTER TABLE action_v2 RENAME TO action;
        CREATE INDEX action_by_treaty ON action(treaty_id, participant, date);

        -- The actions in effect: neither superseded nor voided.
        CREATE VIEW action_in_effect AS
            SELECT a.* FROM action a
            WHERE NOT EXISTS (SELECT 1 FROM correction c WHERE c.supersedes = a.id)
              AND NOT EXISTS (SELECT 1 FROM voiding v WHERE v.action_id = a.id);

        -- A correction is recorded right after its replacement (so no older
        -- action can be turned into one), and replaces an action of the same
        -- treaty and participant that is still in effect.
        CREATE TRIGGER correction_supersedes_in_effect BEFORE INSERT ON correction
        BEGIN
            SELECT RAISE(ABORT, 'a correction must follow its replacement action and supersede an action of the same treaty and participant that is in effect')
            WHERE NEW.action_id <> (SELECT max(id) FROM action)
               OR NOT EXISTS (SELECT 1 FROM action_in_effect e JOIN action r ON r.id = NEW.action_id
                              WHERE e.id = NEW.supersedes AND e.treaty_id = r.treaty_id AND e.participant = r.participant);
        END;
        CREATE TRIGGER voiding_in_effect BEFORE INSERT ON voiding
        BEGIN
            SELECT RAISE(ABORT, 'only an action in effect can be voided')
            WHERE NOT EXISTS (SELECT 1 FROM action_in_effect e WHERE e.id = NEW.action_id);
        END;

        -- v1 wrote the dates of alerts and report runs as date(julianday(x)) = x,
        -- which lets text julianday() cannot read through (NULL passes a CHECK).
        CREATE TABLE alert_v2 (
            id          INTEGER PRIMARY KEY,
            treaty_id   TEXT NOT NULL REFERENCES treaty(id),
            kind        TEXT NOT NULL CHECK (kind <> ''),
            event_key   TEXT NOT NULL,
            date        TEXT NOT NULL CHECK (date(julianday(date)) IS date),
            message     TEXT NOT NULL CHECK (message <> ''),
            payload     TEXT NOT NULL CHECK (json_valid(payload)),
            created_at  TEXT NOT NULL,
            UNIQUE (treaty_id, kind, event_key)
        ) STRICT;
        INSERT INTO alert_v2 (id, treaty_id, kind, event_key, date, message, payload, created_at)
            SELECT id, treaty_id, kind, event_key, date, message, payload, created_at FROM alert ORDER BY id;
        DROP TABLE alert;
        ALTER TABLE alert_v2 RENAME TO alert;

        CREATE TABLE report_run_v2 (
            id             INTEGER PRIMARY KEY,
            treaty_id      TEXT NOT NULL REFERENCES treaty(id),
            as_of          TEXT NOT NULL CHECK (date(julianday(as_of)) IS as_of),
            last_action_id INTEGER NOT NULL CHECK (last_action_id >= 0),
            run_at         TEXT NOT NULL
        ) STRICT;
        INSERT INTO report_run_v2 (id, treaty_id, as_of, last_action_id, run_at)
            SELECT id, treaty_id, as_of, last_action_id, run_at FROM report_run ORDER BY id;
        DROP TABLE report_run;
        ALTER TABLE report_run_v2 RENAME TO report_run;

        CREATE TRIGGER action_append_only_update BEFORE UPDATE ON action
        BEGIN SELECT RAISE(ABORT, 'the record is append-only: record a correction instead'); END;
        CREATE TRIGGER action_append_only_delete BEFORE DELETE ON action
        BEGIN SELECT RAISE(ABORT, 'the record is append-only: record a correction instead'); END;
        CREATE TRIGGER correction_append_only_update BEFORE UPDATE ON correction
        BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
        CREATE TRIGGER correction_append_only_delete BEFORE DELETE ON correction
        BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
        """

    /// v3: each report run belongs to a channel (its format, or a name given
    /// with `--channel`), so that an hourly HTML page does not become the
    /// "previous report" of the morning mail; and it remembers the last
    /// voiding it saw, so that a void is reported as a change. A run from
    /// before channels has none (NULL): every channel measures from it until
    /// it has a run of its own. Its last voiding is taken to be the last one
    /// recorded by the time it ran (both stamps are the same ISO 8601 form).
    /// The table is rebuilt, as in v2, so that its definition reads whole.
    static let reportChannelsSQL = """
        CREATE TABLE report_run_v3 (
            id              INTEGER PRIMARY KEY,
            treaty_id       TEXT NOT NULL REFERENCES treaty(id),
            -- The format, or the name given with --channel; NULL for a run from before channels.
            channel         TEXT CHECK (channel <> ''),
            as_of           TEXT NOT NULL CHECK (date(julianday(as_of)) IS as_of),
            last_action_id  INTEGER NOT NULL CHECK (last_action_id >= 0),
            last_voiding_id INTEGER NOT NULL CHECK (last_voiding_id >= 0),
            run_at          TEXT NOT NULL
        ) STRICT;
        INSERT INTO report_run_v3 (id, treaty_id, channel, as_of, last_action_id, last_voiding_id, run_at)
            SELECT r.id, r.treaty_id, NULL, r.as_of, r.last_action_id,
                   (SELECT coalesce(max(v.id), 0) FROM voiding v WHERE v.recorded_at <= r.run_at), r.run_at
            FROM report_run r ORDER BY r.id;
        DROP TABLE report_run;
        ALTER TABLE report_run_v3 RENAME TO report_run;
        CREATE INDEX report_run_by_channel ON report_run(treaty_id, channel, id);
        """
}
