import GRDB
import RatifyCore

/// A row of `action`: one recorded action (a correction's replacement is
/// one too, linked by a `CorrectionRow`). Columns are the properties in
/// snake case (GRDB's column coding strategies).
struct ActionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "action"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var treatyId: String
    var participant: String
    var kind: String
    var date: String
    var reference: String?
    var note: String?
    var recordedAt: String
    var source: String
    var sourceLine: Int?

    enum Columns {
        static let id = Column("id")
        static let treatyId = Column("treaty_id")
        static let participant = Column("participant")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Read by column, not through Decodable: `check`, `status --all` and
    /// imports read every action of a treaty, and Codable decoding was the
    /// measurable part of that (scripts/bench).
    init(row: Row) {
        id = row["id"]
        treatyId = row["treaty_id"]
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
        self.treatyId = treaty
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
