import Foundation
import GRDB
import RatifyCore

extension Store {
    public func defaultTreatyID() throws -> String? {
        try read { db in try SettingRow.fetchOne(db, key: SettingRow.defaultTreaty)?.value }
    }

    /// The treaty named, or the default one; an unknown id names the known ones.
    public func treaty(_ id: String?) throws -> StoredTreaty {
        try read { db in try self.treaty(id, in: db) }
    }

    func treaty(_ id: String?, in db: Database) throws -> StoredTreaty {
        // Raw SQL: this runs on every command, and GRDB's query builder was
        // a measurable part of start-up (scripts/bench). Cached statements:
        // `status --all` and imports run it once per treaty.
        let defaultID = try String.fetchOne(
            db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [SettingRow.defaultTreaty])
        guard let wanted = id ?? defaultID else {
            throw StoreError.noDefaultTreaty
        }
        guard
            let revision = try TreatyRevisionRow.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM treaty_revision WHERE treaty_id = ? ORDER BY id DESC LIMIT 1"), arguments: [wanted])
        else {
            let known = try String.fetchAll(db, sql: "SELECT id FROM treaty ORDER BY id")
            throw StoreError.unknownTreaty(wanted, known: known)
        }
        let definition: TreatyDefinition
        do { definition = try TreatyDefinition.parse(Data(revision.definition.utf8), directory: directory) } catch {
            throw StoreError.storedDefinitionInvalid(treaty: wanted, reason: error.description)
        }
        let revisions =
            try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM treaty_revision WHERE treaty_id = ?"), arguments: [wanted]) ?? 1
        let added =
            try String.fetchOne(db.cachedStatement(sql: "SELECT added_at FROM treaty WHERE id = ?"), arguments: [wanted])
            ?? revision.recordedAt
        return StoredTreaty(
            definition: definition, json: revision.definition, isDefault: wanted == defaultID,
            revisions: revisions, addedAt: added, updatedAt: revision.recordedAt)
    }

    /// A treaty (or the default one) and its actions in effect, in one read.
    public func record(of id: String?) throws -> TreatyRecord {
        try read { db in
            let treaty = try self.treaty(id, in: db)
            return TreatyRecord(treaty: treaty, actions: try self.actionsInEffect(treaty: treaty.definition.id, in: db))
        }
    }

    /// Every treaty and its actions in effect, in one read.
    public func records() throws -> [TreatyRecord] {
        var records: [TreatyRecord] = []
        try forEachTreaty { records.append(TreatyRecord(treaty: $0, actions: $1)) }
        return records
    }

    public func treaties() throws -> [StoredTreaty] {
        try read { db in
            try self.treaties(in: db)
        }
    }

    func treaties(in db: Database) throws -> [StoredTreaty] {
        try String.fetchAll(db, sql: "SELECT id FROM treaty ORDER BY id").map { try self.treaty($0, in: db) }
    }

    /// Adds a treaty, or a new revision of one with the same id (the
    /// recorded actions stay). The JSON is stored as given.
    public func addTreaty(_ definition: TreatyDefinition, json: String, makeDefault: Bool, source: String) throws -> TreatyChange {
        try write { db in try self.addTreaty(definition, json: json, makeDefault: makeDefault, source: source, in: db) }
    }

    /// Several definitions in one transaction, all or nothing.
    /// Also says whether the default treaty changed (with `makeDefault`).
    public func addTreaties(
        _ definitions: [(TreatyDefinition, String, String)], makeDefault: Bool
    ) throws -> (changes: [TreatyChange], defaultChanged: Bool) {
        try write { db in
            let before = try SettingRow.fetchOne(db, key: SettingRow.defaultTreaty)?.value
            let changes = try definitions.map { try self.addTreaty($0.0, json: $0.1, makeDefault: makeDefault, source: $0.2, in: db) }
            return (changes, makeDefault && before != definitions.first?.0.id)
        }
    }

    func addTreaty(_ definition: TreatyDefinition, json: String, makeDefault: Bool, source: String, in db: Database) throws -> TreatyChange
    {
        let stamp = now()
        let latest =
            try TreatyRevisionRow
            .filter(TreatyRevisionRow.Columns.treatyId == definition.id).order(TreatyRevisionRow.Columns.id.desc).fetchOne(db)
        var change = TreatyChange.added
        if let latest {
            let stored = try? TreatyDefinition.parse(Data(latest.definition.utf8), directory: directory)
            change = stored == definition ? .unchanged : .replaced
        } else {
            try TreatyRow(id: definition.id, addedAt: stamp).insert(db)
        }
        if change != .unchanged {
            try TreatyRevisionRow(id: nil, treatyId: definition.id, definition: json, recordedAt: stamp, source: source).insert(db)
        }
        if makeDefault {
            try SettingRow(key: SettingRow.defaultTreaty, value: definition.id).save(db)
        }
        return change
    }

    public func treatyIDs() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM treaty")) }
    }
}
