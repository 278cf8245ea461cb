import Foundation
import RatifyCore
import Testing

@testable import RatifyStore

/// A fresh database in its own temporary folder.
struct TemporaryDatabase {
    let folder: URL
    var path: String { folder.appendingPathComponent("nested/ratify.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ratify-store-\(UUID().uuidString)")
    }

    func create() throws -> Store { try Store.initialize(at: path, now: { "2026-11-23T12:00:00Z" }).store }
}

func d(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

func pending(_ code: String, _ kind: ActionKind, _ date: String, line: Int? = nil) -> PendingAction {
    PendingAction(
        treaty: "hanoi",
        action: ActionRecord(participant: code, kind: kind, date: d(date), provenance: Provenance(source: "t.csv", line: line)))
}

@Suite struct StoreTests {
    let today = d("2026-11-23")

    @Test func theEmbeddedSchemaIsTheTopLevelSchemaOfRecord() throws {
        let topLevel = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schema.sql")
        #expect(Migrations.schemaSQL == (try String(contentsOf: topLevel, encoding: .utf8)))
    }

    /// fixtures/schema-current.sql is what a new database holds after every
    /// migration, for readers (schema.sql is v1 alone) and so that no
    /// migration changes the schema by accident. Re-record deliberately
    /// with RATIFY_RECORD_GOLDEN=1 and review the diff.
    @Test func theCurrentSchemaIsTheOneOnFile() throws {
        let store = try TemporaryDatabase().create()
        let statements = try store.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT sql FROM sqlite_master
                    WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, name
                    """)
        }
        let dump =
            "-- ratify: the schema a new database has after every migration (generated; see README, Layout).\n\n"
            + statements.map { $0 + ";\n" }.joined(separator: "\n")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/schema-current.sql")
        if ProcessInfo.processInfo.environment["RATIFY_RECORD_GOLDEN"] != nil {
            try dump.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(dump == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func initCreatesTheFolderReferenceDataAndHanoiOnce() throws {
        let db = TemporaryDatabase()
        let (store, created) = try Store.initialize(at: db.path)
        #expect(created)
        #expect(try store.defaultTreatyID() == "hanoi")
        #expect(try store.treaty(nil).definition == BuiltInTreaties.hanoi)
        let participants = try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM participant") }
        #expect(participants == ParticipantDirectory.builtIn.participants.count)
        store.close()
        let again = try Store.initialize(at: db.path)
        #expect(!again.created)
        #expect(try again.store.treaties().count == 1)
    }

    @Test func openingAMissingDatabaseCreatesNothing() {
        let db = TemporaryDatabase()
        #expect(throws: StoreError.noDatabase(path: db.path)) { try Store.open(at: db.path) }
        #expect(!FileManager.default.fileExists(atPath: db.folder.path))
    }

    @Test func recordsABatchAndSkipsWhatIsAlreadyThere() throws {
        let store = try TemporaryDatabase().create()
        let first = try store.record([pending("VNM", .signature, "2025-10-25"), pending("VNM", .ratification, "2026-02-10")], today: today)
        #expect(first.added.count == 2 && first.unchanged.isEmpty)
        let second = try store.record([pending("VNM", .signature, "2025-10-25"), pending("FRA", .signature, "2025-10-25")], today: today)
        #expect(second.added.map(\.action.participant) == ["FRA"] && second.unchanged.count == 1)
        #expect(try store.actionsInEffect(treaty: "hanoi").count == 3)
    }

    @Test func aBatchBreakingARuleWritesNothing() throws {
        let store = try TemporaryDatabase().create()
        #expect(throws: BrokenRules.self) {
            try store.record(
                [pending("FRA", .signature, "2025-10-25", line: 2), pending("DEU", .ratification, "2026-01-01", line: 3)], today: today)
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty)
    }

    @Test func theOrderOfABatchDoesNotMatter() throws {
        let store = try TemporaryDatabase().create()
        let outcome = try store.record(
            [pending("FRA", .ratification, "2026-01-01"), pending("FRA", .signature, "2025-10-25")], today: today)
        #expect(outcome.added.count == 2)
    }

    @Test func aDryRunWritesNothing() throws {
        let store = try TemporaryDatabase().create()
        let outcome = try store.record([pending("FRA", .signature, "2025-10-25")], today: today, dryRun: true)
        #expect(outcome.added.count == 1)
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty)
    }

    @Test func aCorrectionSupersedesAndKeepsTheOriginal() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-26")], today: today)
        let original = try store.actionsInEffect(treaty: "hanoi")[0]
        let corrected = try store.correct(id: original.id!, reason: "UNTC shows 25 Oct", today: today) { $0.date = d("2025-10-25") }
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.date) == [d("2025-10-25")])
        let history = try store.history(treaty: "hanoi")
        #expect(history.count == 2)
        #expect(history[0].supersededBy == corrected.id && !history[0].inEffect)
        #expect(history[1].supersedes == original.id && history[1].reason == "UNTC shows 25 Oct")
        // The original can no longer be corrected; the correction can.
        #expect(throws: StoreError.self) {
            try store.correct(id: original.id!, reason: "again", today: today) { $0.date = d("2025-10-27") }
        }
    }

    @Test func aCorrectionThatBreaksAnotherActionIsRefused() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25"), pending("FRA", .ratification, "2026-01-10")], today: today)
        let signature = try store.actionsInEffect(treaty: "hanoi").first { $0.kind == .signature }!
        #expect(throws: BrokenRules.self) {
            try store.correct(id: signature.id!, reason: "wrong", today: today) { $0.date = d("2026-02-01") }
        }
        #expect(throws: BrokenRules.self) { try store.void(id: signature.id!, reason: "never signed", today: today) }
        #expect(try store.history(treaty: "hanoi").count == 2)
    }

    @Test func voidingTakesAnActionOutOfEffectAndKeepsIt() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25")], today: today)
        let id = try store.actionsInEffect(treaty: "hanoi")[0].id!
        _ = try store.void(id: id, reason: "recorded against the wrong treaty", today: today)
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty)
        #expect(try store.history(treaty: "hanoi").first?.voided?.reason == "recorded against the wrong treaty")
    }

    @Test func theSchemaRefusesUpdatesAndDeletesOfTheRecord() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25")], today: today)
        #expect(throws: (any Error).self) { try store.write { try $0.execute(sql: "UPDATE action SET date = '2025-10-26'") } }
        #expect(throws: (any Error).self) { try store.write { try $0.execute(sql: "DELETE FROM action") } }
        #expect(throws: (any Error).self) {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO action (treaty_id, participant, kind, date, recorded_at, source) VALUES ('hanoi', 'FRA', 'signature', '2025-02-30', 'x', 'x')"
                )
            }
        }
        #expect(throws: (any Error).self) {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO action (treaty_id, participant, kind, date, recorded_at, source) VALUES ('hanoi', 'XXX', 'signature', '2025-10-25', 'x', 'x')"
                )
            }
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.date) == [d("2025-10-25")])
    }

    /// The schema's own date CHECKs (actions, report runs, alerts) take a
    /// real calendar date written YYYY-MM-DD and nothing else, whatever
    /// reaches them around the core.
    @Test(arguments: [
        "2025-02-30", "2025-10-25 ", " 2025-10-25", "2025-10-25T00:00", "2025-10-25 12:00", "garbage", "2460000.5",
        "25-10-2025", "2025-1-05", "", "2025-13-01", "+2025-10-25", "now",
    ])
    func theSchemaRefusesAnythingButACalendarDate(_ date: String) throws {
        let store = try TemporaryDatabase().create()
        func insert(_ date: String) throws {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO action (treaty_id, participant, kind, date, recorded_at, source) VALUES ('hanoi', 'FRA', 'signature', ?, 'x', 'x')",
                    arguments: [date])
            }
        }
        #expect(throws: (any Error).self) { try insert(date) }
        #expect(throws: (any Error).self) {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO report_run (treaty_id, as_of, last_action_id, last_voiding_id, run_at) VALUES ('hanoi', ?, 0, 0, 'x')",
                    arguments: [date])
            }
        }
        #expect(throws: (any Error).self) {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO alert (treaty_id, kind, event_key, date, message, payload, created_at) VALUES ('hanoi', 'k', 'e', ?, 'm', '{}', 'x')",
                    arguments: [date])
            }
        }
        try insert("2025-10-25")
        try insert("0001-01-01")
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.date.description) == ["2025-10-25", "0001-01-01"])
        // The same report run with a real date is taken: only the date was wrong.
        try store.write {
            try $0.execute(
                sql:
                    "INSERT INTO report_run (treaty_id, as_of, last_action_id, last_voiding_id, run_at) VALUES ('hanoi', '2025-10-25', 0, 0, 'x')"
            )
        }
    }

    /// The correction table (migration v2) refuses, by itself, what the
    /// store never writes: a correction of another participant's action, of
    /// an action out of effect, one that does not follow its replacement,
    /// an unknown kind, and any change to a recorded correction.
    @Test func theSchemaRefusesCorrectionsThatCannotBe() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25"), pending("DEU", .signature, "2025-10-25")], today: today)
        let fra = try store.actionsInEffect(treaty: "hanoi").first { $0.participant == "FRA" }!.id!
        func insertReplacement(_ code: String) throws -> Int64 {
            try store.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO action (treaty_id, participant, kind, date, recorded_at, source) VALUES ('hanoi', ?, 'signature', '2025-10-26', 'x', 'x')",
                    arguments: [code])
                return db.lastInsertedRowID
            }
        }
        func link(_ replacement: Int64, _ supersedes: Int64) throws {
            try store.write {
                try $0.execute(
                    sql: "INSERT INTO correction (action_id, supersedes, reason) VALUES (?, ?, 'r')", arguments: [replacement, supersedes])
            }
        }
        let german = try insertReplacement("DEU")
        #expect(throws: (any Error).self) { try link(german, fra) }  // another participant's action
        let french = try insertReplacement("FRA")
        _ = try insertReplacement("FRA")
        #expect(throws: (any Error).self) { try link(french, fra) }  // not right after its replacement
        let latest = try insertReplacement("FRA")
        try link(latest, fra)
        #expect(try store.actionsInEffect(treaty: "hanoi").contains { $0.id == fra } == false)
        let again = try insertReplacement("FRA")
        #expect(throws: (any Error).self) { try link(again, fra) }  // already superseded
        #expect(throws: (any Error).self) { try store.write { try $0.execute(sql: "UPDATE correction SET reason = 'changed'") } }
        #expect(throws: (any Error).self) { try store.write { try $0.execute(sql: "DELETE FROM correction") } }
        #expect(throws: (any Error).self) {
            try store.write {
                try $0.execute(
                    sql:
                        "INSERT INTO action (treaty_id, participant, kind, date, recorded_at, source) VALUES ('hanoi', 'FRA', 'signing', '2025-10-25', 'x', 'x')"
                )
            }
        }
        #expect(try store.history(treaty: "hanoi").filter { $0.supersedes != nil }.map(\.action.id) == [latest])
    }

    @Test func aDatabaseFromANewerVersionIsRefusedAndLeftByteForByte() throws {
        let db = TemporaryDatabase()
        let store = try db.create()
        try store.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        store.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: db.path))
        #expect(throws: StoreError.newerVersion(path: db.path, unknownMigrations: ["v99-from-the-future"])) { try Store.open(at: db.path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db.path)) == before)
    }

    @Test func aFileThatIsNotADatabaseIsNamedAsSuch() throws {
        let db = TemporaryDatabase()
        try FileManager.default.createDirectory(atPath: (db.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: db.path))
        #expect {
            try Store.open(at: db.path)
        } throws: { error in
            if case StoreError.notADatabase = error { return true }
            return false
        }
    }

    @Test func replacingATreatyKeepsItsActionsAndEveryRevision() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25")], today: today)
        var changed = BuiltInTreaties.hanoi
        changed.laterParties = [.days(60)]
        let json = String(decoding: try JSONEncoder().encode(changed), as: UTF8.self)
        #expect(try store.addTreaty(changed, json: json, makeDefault: false, source: "t.json") == .replaced)
        #expect(try store.addTreaty(changed, json: json, makeDefault: false, source: "t.json") == .unchanged)
        #expect(try store.treaty("hanoi").revisions == 2 && store.treaty("hanoi").definition.laterParties == [.days(60)])
        #expect(try store.actionsInEffect(treaty: "hanoi").count == 1)
    }

    @Test func anUnknownTreatyNamesTheKnownOnes() throws {
        let store = try TemporaryDatabase().create()
        #expect(throws: StoreError.unknownTreaty("bbnj", known: ["hanoi"])) {
            try store.treaty("bbnj")
        }
    }

    @Test func everyTreatyComesWithItsOwnActionsInEffectInIDOrder() throws {
        let store = try TemporaryDatabase().create()
        // Treaties with no actions before, between and after those with some.
        for id in ["aaa", "bbb", "ccc", "zzz"] {
            var definition = BuiltInTreaties.hanoi
            definition.id = id
            let json = String(decoding: try JSONEncoder().encode(definition), as: UTF8.self)
            _ = try store.addTreaty(definition, json: json, makeDefault: false, source: "t.json")
        }
        func on(_ treaty: String, _ code: String) -> PendingAction {
            var action = pending(code, .signature, "2025-10-25")
            action.treaty = treaty
            return action
        }
        _ = try store.record([on("hanoi", "FRA"), on("bbb", "DEU"), on("hanoi", "VNM"), on("bbb", "ITA")], today: today)
        let voided = try store.actionsInEffect(treaty: "hanoi").first { $0.participant == "FRA" }!
        _ = try store.void(id: voided.id!, reason: "wrong treaty", today: today)
        var seen: [String] = []
        try store.forEachTreaty { treaty, actions in
            seen.append("\(treaty.definition.id):\(actions.map(\.participant).joined(separator: "+"))")
        }
        #expect(seen == ["aaa:", "bbb:DEU+ITA", "ccc:", "hanoi:VNM", "zzz:"])
    }
}
