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
            try writer.write(row: [a.participant, a.kind.rawValue, a.date.description, a.reference ?? "", a.note ?? "", pending.treaty])
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
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
    public static func json(_ treaties: [(definition: TreatyDefinition, actions: [PendingAction])], directory: ParticipantDirectory = .builtIn) throws -> String {
        let document = Document(treaties: treaties.map { treaty in
            JSONTreaty(id: treaty.definition.id, definition: treaty.definition, actions: sorted(treaty.actions).map {
                JSONAction(state: $0.action.participant, name: directory[$0.action.participant]?.name ?? $0.action.participant,
                           action: $0.action.kind.rawValue, date: $0.action.date.description,
                           reference: $0.action.reference, note: $0.action.note)
            })
        })
        return try JSONOutput.string(document)
    }
}

/// One JSON style for every command: pretty, keys sorted (Linux's encoder
/// does not keep the order written, and golden files need a stable one),
/// slashes unescaped, a final newline.
public enum JSONOutput {
    public static func string(_ value: some Encodable, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// An optional that a synthesized `Encodable` writes as `null` when nil:
/// synthesis drops nil fields, and the JSON schemas list every field.
@propertyWrapper
public struct NullEncoded<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension NullEncoded: Sendable where Value: Sendable {}

/// Writes a JSON array one element at a time, byte for byte what
/// `JSONOutput.string` writes for the whole array, so that a long list
/// (`status --all` over the depositary's 600 treaties) is never held whole.
public struct JSONArrayWriter {
    private let write: (String) -> Void
    private var count = 0

    public init(write: @escaping (String) -> Void) { self.write = write }

    public mutating func append(_ element: some Encodable) throws {
        // The element pretty-printed alone, one level deeper. The encoder
        // leaves the blank line of an empty array unindented; so does this.
        // Done on UTF-8 bytes: splitting a String by Character costs more
        // than the encoding itself.
        var out: [UInt8] = Array((count == 0 ? "[\n  " : ",\n  ").utf8)
        let element = Array(try JSONOutput.string(element).utf8.dropLast())
        out.reserveCapacity(element.count * 5 / 4)
        for (i, byte) in element.enumerated() {
            out.append(byte)
            if byte == UInt8(ascii: "\n"), i + 1 < element.count, element[i + 1] != UInt8(ascii: "\n") {
                out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")])
            }
        }
        write(String(decoding: out, as: UTF8.self))
        count += 1
    }

    public func finish() { write(count == 0 ? "[\n\n]\n" : "\n]\n") }
}
