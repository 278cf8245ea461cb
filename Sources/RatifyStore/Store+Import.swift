import GRDB
import GRDBSQLite
import RatifyCore

/// What a streamed import did, or would do in a dry run.
public struct ImportCounts: Sendable {
    public var added = 0
    public var unchanged = 0
    /// The rows added, kept only when asked (a dry run lists them).
    public var addedActions: [PendingAction] = []
}

extension Store {
    /// Imports a stream of actions all or nothing, in one IMMEDIATE
    /// transaction. `produce` runs on a thread of its own, so that parsing
    /// overlaps the inserts. Each row is inserted as it comes unless an equal
    /// action is in effect or came earlier in the file (so the same file
    /// twice changes nothing); then each treaty touched is checked against
    /// the rules as its record stands after the whole file. Any violation,
    /// or any error thrown by `produce`, rolls everything back.
    ///
    /// Memory holds no row: 8 bytes of identity per action of a treaty
    /// touched, and 24 bytes per row for a treaty with no record before the
    /// file, whose rules are checked from memory rather than read back.
    public func importActions(
        today: CivilDate, dryRun: Bool = false, keepAdded: Bool = false,
        produce: @escaping @Sendable (_ emit: (PendingAction) throws -> Void) throws -> Void
    ) throws -> ImportCounts {
        try writeOrRollBack(commit: !dryRun) { db in
            let baseline = try self.lastActionID(in: db)
            let knownTreaties = Set(try String.fetchAll(db, sql: "SELECT id FROM treaty"))
            let insert = try ActionInsert(db, recordedAt: self.now())
            var treaties: [String: ImportedTreaty] = [:]
            var current: (id: String, treaty: ImportedTreaty)?
            var counts = ImportCounts()
            try BatchPipeline.run(produce: produce) { (pending: PendingAction) in
                let treaty: ImportedTreaty
                if let current, current.id == pending.treaty {
                    treaty = current.treaty
                } else if let known = treaties[pending.treaty] {
                    treaty = known
                } else {
                    guard knownTreaties.contains(pending.treaty) else {
                        throw StoreError.invalid("unknown treaty '\(pending.treaty)'")
                    }
                    treaty = try ImportedTreaty(pending.treaty, in: db)
                    treaties[pending.treaty] = treaty
                }
                current = (pending.treaty, treaty)
                let key = try PackedActionKey(pending.action)
                guard treaty.keys.insert(key).inserted else {
                    counts.unchanged += 1
                    return
                }
                let id = try insert.execute(pending, in: db)
                treaty.added.append(ImportedRow(id: id, key: key, line: Int32(clamping: pending.action.provenance.line ?? 0)))
                counts.added += 1
                if keepAdded { counts.addedActions.append(pending) }
            }
            var violations: [RuleViolation] = []
            for (treatyID, treaty) in treaties.sorted(by: { $0.key < $1.key }) where !treaty.added.isEmpty {
                let definition = try self.treaty(treatyID, in: db).definition
                func review(_ actions: [ActionRecord]) -> RecordUnderReview {
                    RecordUnderReview(treaty: definition, actions: actions, today: today, directory: self.directory)
                }
                if treaty.hadRecord {
                    let after = try self.actionsInEffect(treaty: treatyID, in: db)
                    violations += RecordRules.introduced(from: review(after.filter { ($0.id ?? 0) <= baseline }), to: review(after))
                } else {
                    // Nothing to compare with: the file's rows, from memory.
                    violations += RecordRules.violations(in: review(treaty.added.map(\.record)))
                }
            }
            guard violations.isEmpty else {
                // The messages want the whole row (its file and line), and
                // rows of this file are not recorded after all: no id.
                throw ValidationFailure(violations: try violations.map { violation in
                    guard let id = violation.action.id, id > baseline else { return violation }
                    var action = try ActionRow.fetchOne(db, key: id)?.record ?? violation.action
                    action.id = nil
                    return RuleViolation(action: action, rule: violation.rule, problem: violation.problem)
                }, directory: self.directory)
            }
            return counts
        }
    }
}

/// What an import knows of one treaty it touches.
private final class ImportedTreaty {
    /// Every action in effect before the file, and every row of the file
    /// added so far.
    var keys: Set<PackedActionKey>
    /// Whether the treaty had actions in effect before the file.
    let hadRecord: Bool
    var added: [ImportedRow] = []

    init(_ treatyID: String, in db: Database) throws {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT participant, kind, date FROM action_in_effect WHERE treaty_id = ?"), arguments: [treatyID])
        var keys = Set<PackedActionKey>()
        while let row = try rows.next() {
            // The schema's CHECKs guarantee kind and date parse.
            keys.insert(try PackedActionKey(ActionRecord(
                participant: row[0], kind: ActionKind(rawValue: row[1])!, date: try! CivilDate.parse(row[2]))))
        }
        self.keys = keys
        self.hadRecord = !keys.isEmpty
    }
}

/// A row the import added: enough for the rules (participant, action, date,
/// line), in 24 bytes.
private struct ImportedRow {
    var id: Int64
    var key: PackedActionKey
    var line: Int32

    var record: ActionRecord {
        var action = key.action
        action.id = id
        action.provenance = Provenance(source: "", line: line == 0 ? nil : Int(line))
        return action
    }
}

/// An action's identity (participant, action, date) packed into 64 bits:
/// a 200,000-row import keeps one per row until the end, and a set of
/// these is a tenth the size of one of `ActionKey`'s strings.
private struct PackedActionKey: Hashable {
    let bits: UInt64

    init(_ action: ActionRecord) throws {
        let code = Array(action.participant.utf8)
        // The schema allows three capital letters and nothing else.
        guard code.count == 3 else { throw StoreError.invalid("'\(action.participant)' is not a participant code") }
        let kind = UInt64(ActionKind.allCases.firstIndex(of: action.kind)!)
        bits = UInt64(code[0]) << 56 | UInt64(code[1]) << 48 | UInt64(code[2]) << 40 | kind << 32
            | UInt64(UInt32(bitPattern: Int32(action.date.dayNumber)))
    }

    var action: ActionRecord {
        let code = String(decoding: [UInt8(truncatingIfNeeded: bits >> 56), UInt8(truncatingIfNeeded: bits >> 48),
                                     UInt8(truncatingIfNeeded: bits >> 40)], as: UTF8.self)
        return ActionRecord(participant: code, kind: ActionKind.allCases[Int(bits >> 32 & 0xFF)],
                            date: CivilDate(dayNumber: Int(Int32(bitPattern: UInt32(truncatingIfNeeded: bits))))!)
    }
}

/// The import's INSERT, bound through SQLite's C API. GRDB's
/// `StatementArguments` box every value of every row in an existential
/// array; on a 200,000-row import that was a tenth of the time
/// (scripts/bench). `recorded_at` is bound once: bindings outlive a reset.
private struct ActionInsert {
    let statement: Statement

    init(_ db: Database, recordedAt: String) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO action (treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        bind(7, recordedAt)
    }

    /// Inserts the row and returns its id.
    func execute(_ pending: PendingAction, in db: Database) throws -> Int64 {
        let a = pending.action
        bind(1, pending.treaty)
        bind(2, a.participant)
        bind(3, a.kind.rawValue)
        bind(4, a.date.description)
        bind(5, a.reference.nonEmpty)
        bind(6, a.note.nonEmpty)
        bind(8, a.provenance.source)
        if let line = a.provenance.line {
            sqlite3_bind_int64(statement.sqliteStatement, 9, Int64(line))
        } else {
            sqlite3_bind_null(statement.sqliteStatement, 9)
        }
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
        return db.lastInsertedRowID
    }

    private func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        // SQLite copies the bytes (SQLITE_TRANSIENT), so the pointer need
        // only live for the call.
        guard !text.isEmpty else {
            sqlite3_bind_text(statement.sqliteStatement, index, "", 0, sqliteTransient)
            return
        }
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = sqlite3_bind_text(statement.sqliteStatement, index, chars.baseAddress, Int32(chars.count), sqliteTransient)
            }
        }
    }
}

/// SQLite's SQLITE_TRANSIENT, which Swift does not import (a cast of -1).
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
