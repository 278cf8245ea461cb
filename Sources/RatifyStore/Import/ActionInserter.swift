import GRDB
import GRDBSQLite
import RatifyCore

/// The import's INSERTs: rows go in 64 to a statement, each bound through
/// SQLite's C API. On a 200,000-row import (scripts/bench) GRDB's
/// `StatementArguments`, which box every value in an existential array,
/// were a tenth of the time, and one statement per row another tenth.
/// `recorded_at` is one parameter shared by every row, bound once
/// (bindings outlive a reset). Rows wait in `waiting` until a statement is
/// full: `flush()` before reading the table back.
final class ActionInserter {
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
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
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
let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
