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
    /// transaction. `produce` runs on a thread of its own, and so does the
    /// review of what it emits (`FileReview`), while this thread inserts.
    /// A row equal to an action in effect, or to an earlier row of the
    /// file, is skipped (so the same file twice changes nothing). Each
    /// treaty is checked against the rules as its record stands after the
    /// whole file: by the review, from memory, when it had no record before
    /// and its rows come together in the file; otherwise here, from the
    /// database. Any violation, or any error thrown by `produce`, rolls
    /// everything back.
    ///
    /// Memory holds one treaty's rows, by identity (8 bytes) and provenance,
    /// whatever the size of the file.
    public func importActions(
        today: CivilDate, dryRun: Bool = false, keepAdded: Bool = false,
        produce: @escaping @Sendable (_ emit: (PendingAction) throws -> Void) throws -> Void
    ) throws -> ImportCounts {
        try writeOrRollBack(commit: !dryRun) { db in
            let baseline = try self.lastActionID(in: db)
            let knownTreaties = Set(try String.fetchAll(db, sql: "SELECT id FROM treaty"))
            // Through the index; a treaty whose actions were all voided
            // counts as recorded, which only sends it the slower way.
            let recorded = Set(try String.fetchAll(db, sql: "SELECT DISTINCT treaty_id FROM action"))
            let review = FileReview(store: self, recorded: recorded, today: today)
            let inserter = try ActionInserter(db, recordedAt: self.now())
            // The treaty the rows are about, and for rows the review leaves
            // to this thread, the identities of its actions in effect.
            var current: (id: String, keys: Set<PackedActionKey>?)?
            var checkHere = Set<String>()
            var counts = ImportCounts()
            try BatchPipeline.run(produce: { emit in
                try produce { pending in
                    if let row = try review.admit(pending) { try emit(row) }
                }
                try review.finish()
            }, consume: { (row: ReviewedRow) in
                let pending = row.pending
                if current?.id != pending.treaty {
                    guard knownTreaties.contains(pending.treaty) else {
                        throw StoreError.unknownTreaty(pending.treaty, known: knownTreaties.sorted())
                    }
                    current = (pending.treaty, nil)
                }
                if row.checkedHere {
                    if current!.keys == nil {
                        // Rows of this file already inserted count too.
                        try inserter.flush(in: db)
                        current!.keys = Set(try self.actionsInEffect(treaty: pending.treaty, in: db).map(PackedActionKey.init))
                    }
                    guard current!.keys!.insert(try PackedActionKey(pending.action)).inserted else {
                        counts.unchanged += 1
                        return
                    }
                    checkHere.insert(pending.treaty)
                }
                try inserter.insert(pending, in: db)
                counts.added += 1
                if keepAdded { counts.addedActions.append(pending) }
            })
            try inserter.flush(in: db)
            // The pipeline has joined: the review's thread is done with it.
            counts.unchanged += review.repeated
            var violations = review.violations
            for treatyID in checkHere.union(review.revisited).sorted() {
                let definition = try self.treaty(treatyID, in: db).definition
                func review(_ actions: [ActionRecord]) -> RecordUnderReview {
                    RecordUnderReview(treaty: definition, actions: actions, today: today, directory: self.directory)
                }
                let after = try self.actionsInEffect(treaty: treatyID, in: db)
                violations += RecordRules.introduced(from: review(after.filter { ($0.id ?? 0) <= baseline }), to: review(after))
                    .map { violation in
                        // Rows of this file are not recorded after all: no id in the message.
                        var action = violation.action
                        if (action.id ?? 0) > baseline { action.id = nil }
                        return RuleViolation(action: action, rule: violation.rule, message: violation.message)
                    }
            }
            guard violations.isEmpty else {
                throw BrokenRules(violations: violations, directory: self.directory)
            }
            return counts
        }
    }
}

/// A row on its way from the review to the writer.
private struct ReviewedRow: Sendable {
    var pending: PendingAction
    /// The writer skips it if equal to an action in effect, and checks its
    /// treaty from the database at the end: the review has let go of it.
    var checkedHere: Bool
}

/// The review of an import's rows on the producer's thread, which overlaps
/// the inserts. A treaty that had no record before the file is reviewed
/// here while its rows come together: rows repeated within them are
/// dropped, and once the file moves on to another treaty the rows are
/// checked against the rules and let go. Files come grouped by treaty, and
/// the parser has time to spare while it waits for the inserts. Rows of a
/// treaty that had a record, or that come back after their treaty was
/// checked, are left to the writer, which checks them from the database.
/// Unchecked Sendable: the producer's thread alone uses it until the
/// pipeline joins, and the consumer reads it only after.
private final class FileReview: @unchecked Sendable {
    let store: Store
    let recorded: Set<String>
    let today: CivilDate
    private(set) var repeated = 0
    /// What the rules found in each treaty checked here.
    private var found: [String: [RuleViolation]] = [:]
    /// Treaties whose rows came back after they were checked here: the
    /// writer checks them again, whole, from the database.
    private(set) var revisited = Set<String>()
    private var current: (id: String, keys: Set<PackedActionKey>, rows: [(key: PackedActionKey, provenance: Provenance)])?
    /// Every treaty's definition, read at the first check in one read
    /// transaction: one transaction per treaty was a tenth of a
    /// 1,000-treaty import (scripts/bench).
    private var definitions: [String: TreatyDefinition]?

    init(store: Store, recorded: Set<String>, today: CivilDate) {
        self.store = store
        self.recorded = recorded
        self.today = today
    }

    /// The row on its way to the writer, or nil when an earlier row of the
    /// file said the same.
    func admit(_ pending: PendingAction) throws -> ReviewedRow? {
        if current?.id != pending.treaty {
            try checkCurrent()
            if recorded.contains(pending.treaty) {
                current = nil
            } else if found.keys.contains(pending.treaty) {
                revisited.insert(pending.treaty)
                current = nil
            } else {
                current = (pending.treaty, [], [])
            }
        }
        guard current != nil else { return ReviewedRow(pending: pending, checkedHere: true) }
        let key = try PackedActionKey(pending.action)
        guard current!.keys.insert(key).inserted else {
            repeated += 1
            return nil
        }
        current!.rows.append((key, pending.action.provenance))
        return ReviewedRow(pending: pending, checkedHere: false)
    }

    /// Checks the treaty the file ends with.
    func finish() throws { try checkCurrent() }

    /// Every violation found here, each with its row's file and line.
    var violations: [RuleViolation] {
        found.keys.sorted().filter { !revisited.contains($0) }.flatMap { found[$0]! }
    }

    private func checkCurrent() throws {
        guard let (id, _, rows) = current else { return }
        current = nil
        // Read through the pool's reader, since the writer is busy inserting;
        // an import changes no definition.
        if definitions == nil {
            definitions = try store.read { db in
                Dictionary(uniqueKeysWithValues: try store.treaties(in: db).map { ($0.definition.id, $0.definition) })
            }
        }
        guard let definition = definitions?[id] else { throw StoreError.unknownTreaty(id, known: (definitions ?? [:]).keys.sorted()) }
        let actions = rows.map { row in
            var action = row.key.action
            action.provenance = row.provenance
            return action
        }
        found[id] = RecordRules.violations(in: RecordUnderReview(
            treaty: definition, actions: actions, today: today, directory: store.directory))
    }
}

/// An action's identity (participant, action, date) packed into 64 bits:
/// a treaty's set of these is built for every treaty an import touches,
/// and hashes and compares far faster than `ActionKey`'s strings.
private struct PackedActionKey: Hashable {
    let bits: UInt64

    init(_ action: ActionRecord) throws {
        // The schema allows three capital letters and nothing else.
        var code: UInt64 = 0
        var count = 0
        for byte in action.participant.utf8 {
            code = code << 8 | UInt64(byte)
            count += 1
        }
        guard count == 3 else { throw StoreError.notAParticipantCode(action.participant) }
        bits = code << 40 | UInt64(action.kind.rank) << 32 | UInt64(UInt32(bitPattern: Int32(action.date.dayNumber)))
    }

    var action: ActionRecord {
        let code = String(unsafeUninitializedCapacity: 3) { bytes in
            for i in 0..<3 { bytes[i] = UInt8(truncatingIfNeeded: bits >> (56 - 8 * i)) }
            return 3
        }
        return ActionRecord(participant: code, kind: ActionKind.byRank[Int(bits >> 32 & 0xFF)],
                            date: CivilDate(dayNumber: Int(Int32(bitPattern: UInt32(truncatingIfNeeded: bits))))!)
    }
}

/// The import's INSERTs: rows go in 64 to a statement, each bound through
/// SQLite's C API. On a 200,000-row import (scripts/bench) GRDB's
/// `StatementArguments`, which box every value in an existential array,
/// were a tenth of the time, and one statement per row another tenth.
/// `recorded_at` is one parameter shared by every row, bound once
/// (bindings outlive a reset). Rows wait in `waiting` until a statement is
/// full: `flush()` before reading the table back.
private final class ActionInserter {
    static let rowsPerStatement = 64
    private let single: Statement
    private let full: Statement
    private var waiting: [PendingAction] = []

    init(_ db: Database, recordedAt: String) throws {
        func sql(rows: Int) -> String {
            // ?1 is recorded_at; row i has ?(2 + 8i) to ?(9 + 8i).
            let tuples = (0..<rows).map { i in
                let p = (0..<8).map { "?\(2 + 8 * i + $0)" }
                return "(\(p[0...5].joined(separator: ", ")), ?1, \(p[6]), \(p[7]))"
            }
            return "INSERT INTO action (treaty_id, participant, kind, date, reference, note, recorded_at, source, source_line) VALUES "
                + tuples.joined(separator: ", ")
        }
        single = try db.makeStatement(sql: sql(rows: 1))
        full = try db.makeStatement(sql: sql(rows: Self.rowsPerStatement))
        for statement in [single, full] { Self.bind(statement, 1, recordedAt) }
        waiting.reserveCapacity(Self.rowsPerStatement)
    }

    func insert(_ pending: PendingAction, in db: Database) throws {
        waiting.append(pending)
        if waiting.count == Self.rowsPerStatement {
            try execute(full, waiting, in: db)
            waiting.removeAll(keepingCapacity: true)
        }
    }

    func flush(in db: Database) throws {
        for pending in waiting { try execute(single, [pending], in: db) }
        waiting.removeAll(keepingCapacity: true)
    }

    private func execute(_ statement: Statement, _ rows: [PendingAction], in db: Database) throws {
        for (i, pending) in rows.enumerated() {
            let a = pending.action
            let first = Int32(2 + 8 * i)
            Self.bind(statement, first, pending.treaty)
            Self.bind(statement, first + 1, a.participant)
            Self.bind(statement, first + 2, a.kind.rawValue)
            Self.bind(statement, first + 3, a.date.description)
            Self.bind(statement, first + 4, a.reference.nonEmpty)
            Self.bind(statement, first + 5, a.note.nonEmpty)
            Self.bind(statement, first + 6, a.provenance.source)
            if let line = a.provenance.line {
                sqlite3_bind_int64(statement.sqliteStatement, first + 7, Int64(line))
            } else {
                sqlite3_bind_null(statement.sqliteStatement, first + 7)
            }
        }
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    private static func bind(_ statement: Statement, _ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        guard !text.isEmpty else {
            sqlite3_bind_text(statement.sqliteStatement, index, "", 0, sqliteTransient)
            return
        }
        // SQLite copies the bytes (SQLITE_TRANSIENT), so the pointer need
        // only live for the call.
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = sqlite3_bind_text(statement.sqliteStatement, index, chars.baseAddress, Int32(chars.count), sqliteTransient)
            }
        }
    }
}

/// SQLite's SQLITE_TRANSIENT, which Swift does not import (a cast of -1).
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
