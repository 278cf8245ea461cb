import GRDB
import GRDBSQLite
import RatifyCore

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
final class FileReview: @unchecked Sendable {
    let store: Store
    let recorded: Set<String>
    let today: CivilDate
    private(set) var repeated = 0
    /// What the rules found in each treaty checked here.
    private var found: [String: [RuleViolation]] = [:]
    /// Treaties whose rows came back after they were checked here: the
    /// writer checks them again, whole, from the database.
    private(set) var revisited = Set<String>()
    /// The treaty under review: each action's first row (its line, and its
    /// details to tell a repeat that differs), and the rows' identities and provenance.
    private var current: (id: String, keys: [PackedActionKey: First], rows: [(key: PackedActionKey, provenance: Provenance)])?

    struct First {
        var line: Int?
        var details: Details
    }

    /// A row's reference and note as hashes (16 bytes, where the text could
    /// be hundreds): enough to tell a repeat that says something else.
    typealias Details = (reference: Int?, note: Int?)

    static func details(_ action: ActionRecord) -> Details {
        func hash(_ text: String?) -> Int? { text.flatMap { $0.isEmpty ? nil : $0.hashValue } }
        return (hash(action.reference), hash(action.note))
    }
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
                current = (pending.treaty, [:], [])
            }
        }
        guard current != nil else { return ReviewedRow(pending: pending, checkedHere: true) }
        let key = try PackedActionKey(pending.action)
        if let first = current!.keys[key] {
            let repeated = Self.details(pending.action)
            let differs =
                (repeated.reference.map { $0 != first.details.reference } ?? false)
                || (repeated.note.map { $0 != first.details.note } ?? false)
            guard !differs else {
                throw StoreError.repeatedWithOtherDetails(
                    location: pending.action.provenance.location, firstLine: first.line,
                    action:
                        "\(store.directory.displayName(pending.action.participant)) \(pending.action.kind.rawValue) \(pending.action.date)")
            }
            self.repeated += 1
            return nil
        }
        current!.keys[key] = First(line: pending.action.provenance.line, details: Self.details(pending.action))
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
        found[id] = RecordRules.violations(
            in: RecordUnderReview(
                treaty: definition, actions: actions, today: today, directory: store.directory))
    }
}
