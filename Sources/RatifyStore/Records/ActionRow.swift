import GRDB
import RatifyCore

/// A row of `action`: one recorded action (a correction's replacement is
/// one too, linked by a `CorrectionRow`).
struct ActionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "action"
    var id: Int64?
    var treatyID: String
    var participant: String
    var kind: String
    var date: String
    var reference: String?
    var note: String?
    var recordedAt: String
    var source: String
    var sourceLine: Int?

    enum CodingKeys: String, CodingKey {
        case id, participant, kind, date, reference, note, source
        case treatyID = "treaty_id"
        case recordedAt = "recorded_at"
        case sourceLine = "source_line"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Read by column, not through Decodable: `check`, `status --all` and
    /// imports read every action of a treaty, and Codable decoding was the
    /// measurable part of that (scripts/bench).
    init(row: Row) {
        id = row["id"]
        treatyID = row["treaty_id"]
        participant = row["participant"]
        kind = row["kind"]
        date = row["date"]
        reference = row["reference"]
        note = row["note"]
        recordedAt = row["recorded_at"]
        source = row["source"]
        sourceLine = row["source_line"]
    }

    init(_ action: ActionRecord, treaty: String, recordedAt: String) {
        self.id = nil
        self.treatyID = treaty
        self.participant = action.participant
        self.kind = action.kind.rawValue
        self.date = action.date.description
        self.reference = action.reference.nonEmpty
        self.note = action.note.nonEmpty
        self.recordedAt = recordedAt
        self.source = action.provenance.source
        self.sourceLine = action.provenance.line
    }

    /// The core's view of the row. The schema's CHECKs guarantee kind and date parse.
    var record: ActionRecord {
        ActionRecord(
            id: id, participant: participant, kind: ActionKind(rawValue: kind)!,
            date: try! CivilDate.parse(date), reference: reference, note: note,
            provenance: Provenance(source: source, line: sourceLine))
    }
}

extension Optional where Wrapped == String {
    /// Empty text is stored as NULL (the schema refuses '').
    var nonEmpty: String? { self.flatMap { $0.isEmpty ? nil : $0 } }
}
