import CSV
import Foundation
import RatifyCore

/// The actions in effect, written so that `ratify import` reads them back
/// into an empty database and the export comes out the same.
public enum ActionExport {
    public static let csvColumns = ["state", "action", "date", "reference", "note", "treaty"]

    /// Sorted by treaty, date, action and participant, so the output is stable.
    static func sorted(_ actions: [PendingAction]) -> [PendingAction] {
        actions.sorted { a, b in
            (a.treaty, a.action.date, a.action.kind, a.action.participant) < (b.treaty, b.action.date, b.action.kind, b.action.participant)
        }
    }

    /// RFC 4180 CSV with a header; CSV.swift does the quoting.
    public static func csv(_ actions: [PendingAction]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: csvColumns)
        for pending in sorted(actions) {
            let a = pending.action
            let row = [a.participant, a.kind.rawValue, a.date.description, a.reference ?? "", a.note ?? "", pending.treaty]
            // Quoted when spaces lead or trail: the reader trims them around a field, never inside quotes.
            try writer.write(row: row, quotedAtIndex: { edgedWithSpace(row[$0]) })
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Whether `field` starts or ends with what the CSV reader trims (space, tab, no-break space).
    static func edgedWithSpace(_ field: String) -> Bool {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\u{00A0}" }
        return field.unicodeScalars.first.map(isSpace) == true || field.unicodeScalars.last.map(isSpace) == true
    }

    struct JSONAction: Encodable {
        var state: String, name: String, action: String, date: String
        @NullEncoded var reference: String?
        @NullEncoded var note: String?
    }

    struct JSONTreaty: Encodable {
        var id: String
        var definition: TreatyDefinition
        var actions: [JSONAction]
    }

    struct Document: Encodable {
        var format = "ratify-export"
        var version = 1
        var treaties: [JSONTreaty]
    }

    /// `{"format": "ratify-export", "version": 1, "treaties": [{"id", "definition", "actions": [...]}]}`.
    public static func json(
        _ treaties: [(definition: TreatyDefinition, actions: [PendingAction])], directory: ParticipantDirectory = .builtIn
    ) throws -> String {
        let document = Document(
            treaties: treaties.map { treaty in
                JSONTreaty(
                    id: treaty.definition.id, definition: treaty.definition,
                    actions: sorted(treaty.actions).map {
                        JSONAction(
                            state: $0.action.participant, name: directory[$0.action.participant]?.name ?? $0.action.participant,
                            action: $0.action.kind.rawValue, date: $0.action.date.description,
                            reference: $0.action.reference, note: $0.action.note)
                    })
            })
        return try JSONOutput.string(document)
    }
}
