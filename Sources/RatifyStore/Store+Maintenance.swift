import Foundation
import GRDB
import RatifyCore

/// One thing `ratify check` found wrong.
public struct CheckFinding: Sendable, Equatable, CustomStringConvertible {
    public var area: String
    public var message: String
    public var description: String { "\(area): \(message)" }
}

extension Store {
    /// SQLite's online backup, through GRDB: a consistent copy taken while
    /// other processes keep reading and writing. The destination must not exist.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.backupExists(path: destination)
        }
        let folder = (destination as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError.io(path: destination, detail: "the folder \(folder) does not exist")
        }
        do {
            let target = try DatabaseQueue(path: destination)
            try reader.backup(to: target)
            try target.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw Store.storeError(from: error, path: destination, busyTimeout: busyTimeout)
        }
    }

    /// Integrity and foreign-key checks, then the engine's own: every stored
    /// definition parses, and the record in effect keeps every treaty rule.
    public func check(today: CivilDate) throws -> [CheckFinding] {
        var findings: [CheckFinding] = []
        try read { db in
            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                findings.append(CheckFinding(area: "integrity", message: line))
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                findings.append(CheckFinding(area: "foreign keys", message: "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String? ?? "?")"))
            }
        }
        for id in try treatyIDs().sorted() {
            let definition: TreatyDefinition
            do { definition = try treaty(id).definition } catch {
                findings.append(CheckFinding(area: "treaty \(id)", message: String(describing: error)))
                continue
            }
            let actions = try actionsInEffect(treaty: id)
            let review = RecordUnderReview(treaty: definition, actions: actions, today: today, directory: directory)
            let failure = BrokenRules(violations: RecordRules.violations(in: review), directory: directory)
            for message in failure.messages {
                findings.append(CheckFinding(area: "treaty \(id)", message: message))
            }
        }
        return findings
    }
}
