extension Migrations {
    /// v4-depositary-kinds: the kinds the depositary's tables add to the
    /// contract's seven (`consent-to-be-bound`, `provisional-application`,
    /// `application`) join the `action.kind` CHECK. SQLite cannot alter a
    /// CHECK, so the table is rebuilt as v2 rebuilt it (SQLite's ALTER TABLE
    /// procedure): the view and the triggers that name `action` are dropped
    /// first and made again after the rename; ids are kept, so every
    /// reference to an action still holds. The CHECK stays a chain of
    /// comparisons, which SQLite evaluates faster than `IN (...)` (v2).
    static let depositaryKindsSQL = """
        DROP VIEW action_in_effect;
        DROP TRIGGER voiding_in_effect;
        DROP TRIGGER correction_supersedes_in_effect;

        CREATE TABLE action_v3 (
            id          INTEGER PRIMARY KEY,
            treaty_id   TEXT NOT NULL REFERENCES treaty(id),
            participant TEXT NOT NULL REFERENCES participant(code),
            kind        TEXT NOT NULL CHECK (kind = 'signature' OR kind = 'ratification' OR kind = 'acceptance'
                OR kind = 'approval' OR kind = 'accession' OR kind = 'succession' OR kind = 'denunciation'
                OR kind = 'consent-to-be-bound' OR kind = 'provisional-application' OR kind = 'application'),
            -- date(julianday(x)) IS x: see v2.
            date        TEXT NOT NULL CHECK (date(julianday(date)) IS date),
            reference   TEXT CHECK (reference <> ''),
            note        TEXT CHECK (note <> ''),
            recorded_at TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source <> ''),
            source_line INTEGER CHECK (source_line >= 1)
        ) STRICT;
        INSERT INTO action_v3 (id, treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line)
            SELECT id, treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line FROM action ORDER BY id;
        DROP TABLE action;
        ALTER TABLE action_v3 RENAME TO action;
        CREATE INDEX action_by_treaty ON action(treaty_id, participant, date);

        -- The actions in effect: neither superseded nor voided.
        CREATE VIEW action_in_effect AS
            SELECT a.* FROM action a
            WHERE NOT EXISTS (SELECT 1 FROM correction c WHERE c.supersedes = a.id)
              AND NOT EXISTS (SELECT 1 FROM voiding v WHERE v.action_id = a.id);

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
        CREATE TRIGGER action_append_only_update BEFORE UPDATE ON action
        BEGIN SELECT RAISE(ABORT, 'the record is append-only: record a correction instead'); END;
        CREATE TRIGGER action_append_only_delete BEFORE DELETE ON action
        BEGIN SELECT RAISE(ABORT, 'the record is append-only: record a correction instead'); END;
        """

    /// v5-depositary-deviations: a fact of a depositary table recorded
    /// although it breaks one of the record's rules (the depositary is the
    /// authority), with the rule's words as they were then. `history` marks
    /// the action "as recorded by the depositary"; `check` lists it as an
    /// accepted deviation, not an error.
    static let depositaryDeviationsSQL = """
        CREATE TABLE depositary_deviation (
            action_id INTEGER NOT NULL REFERENCES action(id),
            rule      TEXT NOT NULL CHECK (rule <> ''),
            message   TEXT NOT NULL CHECK (message <> ''),
            PRIMARY KEY (action_id, rule)
        ) STRICT;
        CREATE TRIGGER depositary_deviation_append_only_update BEFORE UPDATE ON depositary_deviation
        BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
        CREATE TRIGGER depositary_deviation_append_only_delete BEFORE DELETE ON depositary_deviation
        BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
        """
}
