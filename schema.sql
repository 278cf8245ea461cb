-- ratify: the schema of record, applied as migration "v1".
--
-- Never edit this file once it has shipped: later changes are new,
-- append-only migrations in Sources/RatifyStore/Migrations.swift.
-- The binary embeds this file (Sources/RatifyStore/schema.sql is a symlink);
-- a test fails if the two differ.
--
-- Constraints live here so that SQLite itself refuses what can never be valid.
-- The record is append-only: triggers refuse UPDATE and DELETE on every
-- table of the record; a correction is a new row.

-- Reference data: States and regional economic integration organizations.
CREATE TABLE participant (
    code           TEXT PRIMARY KEY CHECK (length(code) = 3 AND code = upper(code) AND code GLOB '[A-Z][A-Z][A-Z]'),
    name           TEXT NOT NULL UNIQUE CHECK (name <> ''),
    regional_group TEXT NOT NULL CHECK (regional_group IN (
        'African', 'Asia-Pacific', 'Eastern European', 'Latin American and Caribbean',
        'Western European and others', 'REIO', 'None'))
) STRICT;

-- Key-value settings of this database (the default treaty, ...).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (key <> ''),
    value TEXT NOT NULL
) STRICT;

CREATE TABLE treaty (
    id       TEXT PRIMARY KEY CHECK (id <> '' AND length(id) <= 64 AND id NOT GLOB '*[^a-z0-9-]*'),
    added_at TEXT NOT NULL
) STRICT;

-- Every definition a treaty has had; the newest is in force. Replacing a
-- definition adds a revision and keeps the recorded actions.
CREATE TABLE treaty_revision (
    id          INTEGER PRIMARY KEY,
    treaty_id   TEXT NOT NULL REFERENCES treaty(id),
    definition  TEXT NOT NULL CHECK (json_valid(definition) AND json_extract(definition, '$.id') = treaty_id),
    recorded_at TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source <> '')
) STRICT;
CREATE INDEX treaty_revision_by_treaty ON treaty_revision(treaty_id, id);

-- Every action ever recorded. A row that supersedes another is a
-- correction: the superseded row stays, out of effect, with the reason.
CREATE TABLE action (
    id          INTEGER PRIMARY KEY,
    treaty_id   TEXT NOT NULL REFERENCES treaty(id),
    participant TEXT NOT NULL REFERENCES participant(code),
    kind        TEXT NOT NULL CHECK (kind IN (
        'signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'denunciation')),
    -- date(julianday(x)) = x: SQLite's date() alone passes 2025-02-30 through unchanged.
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(julianday(date)) = date),
    reference   TEXT CHECK (reference <> ''),
    note        TEXT CHECK (note <> ''),
    supersedes  INTEGER UNIQUE REFERENCES action(id),
    reason      TEXT CHECK (reason <> ''),
    recorded_at TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source <> ''),
    source_line INTEGER CHECK (source_line >= 1),
    CHECK ((supersedes IS NULL) = (reason IS NULL)),
    CHECK (supersedes IS NULL OR supersedes < id)
) STRICT;
CREATE INDEX action_by_treaty ON action(treaty_id, participant, date);

-- A voiding takes an action out of effect without replacing it.
CREATE TABLE voiding (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL UNIQUE REFERENCES action(id),
    reason      TEXT NOT NULL CHECK (reason <> ''),
    recorded_at TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source <> '')
) STRICT;

-- The actions in effect: neither superseded nor voided.
CREATE VIEW action_in_effect AS
    SELECT a.* FROM action a
    WHERE NOT EXISTS (SELECT 1 FROM action s WHERE s.supersedes = a.id)
      AND NOT EXISTS (SELECT 1 FROM voiding v WHERE v.action_id = a.id);

-- A correction must replace an action of the same treaty and participant
-- that is still in effect.
CREATE TRIGGER action_supersedes_in_effect BEFORE INSERT ON action
WHEN NEW.supersedes IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a correction must supersede an action of the same treaty and participant that is in effect')
    WHERE NOT EXISTS (SELECT 1 FROM action_in_effect e
                      WHERE e.id = NEW.supersedes AND e.treaty_id = NEW.treaty_id AND e.participant = NEW.participant);
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
CREATE TRIGGER voiding_append_only_update BEFORE UPDATE ON voiding
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER voiding_append_only_delete BEFORE DELETE ON voiding
BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END;
CREATE TRIGGER treaty_revision_append_only_update BEFORE UPDATE ON treaty_revision
BEGIN SELECT RAISE(ABORT, 'the record is append-only: add a new revision'); END;
CREATE TRIGGER treaty_revision_append_only_delete BEFORE DELETE ON treaty_revision
BEGIN SELECT RAISE(ABORT, 'the record is append-only: add a new revision'); END;

-- Alerts: one row per treaty, kind and event key, created once however
-- many runs see the event.
CREATE TABLE alert (
    id          INTEGER PRIMARY KEY,
    treaty_id   TEXT NOT NULL REFERENCES treaty(id),
    kind        TEXT NOT NULL CHECK (kind <> ''),
    event_key   TEXT NOT NULL,
    date        TEXT NOT NULL CHECK (date(julianday(date)) = date),
    message     TEXT NOT NULL CHECK (message <> ''),
    payload     TEXT NOT NULL CHECK (json_valid(payload)),
    created_at  TEXT NOT NULL,
    UNIQUE (treaty_id, kind, event_key)
) STRICT;

-- A delivery: claimed by one run in an IMMEDIATE transaction (so that
-- overlapping runs never deliver the same alert), then marked delivered. A
-- failed delivery deletes its claim, leaving the alert pending; a claim whose
-- run died is taken over once it is stale.
CREATE TABLE alert_delivery (
    id           INTEGER PRIMARY KEY,
    alert_id     INTEGER NOT NULL UNIQUE REFERENCES alert(id),
    claimed_by   TEXT NOT NULL CHECK (claimed_by <> ''),
    claimed_at   TEXT NOT NULL,
    delivered_at TEXT,
    channels     TEXT NOT NULL
) STRICT;

-- Each report run, so that the next one can say what changed since.
CREATE TABLE report_run (
    id             INTEGER PRIMARY KEY,
    treaty_id      TEXT NOT NULL REFERENCES treaty(id),
    as_of          TEXT NOT NULL CHECK (date(julianday(as_of)) = as_of),
    last_action_id INTEGER NOT NULL CHECK (last_action_id >= 0),
    run_at         TEXT NOT NULL
) STRICT;
