import CSV
import Foundation
import RatifyCore

/// Reads the contract's CSV of actions: a header line naming `state`,
/// `action`, `date` and optionally `reference`, `note`, `treaty`, then one
/// action a line. CSV.swift does the RFC 4180 parsing; this type adds what
/// it lacks: line numbers, `#` comment lines before the header, and a
/// diagnosis of unbalanced quotes (CSV.swift silently reads to the end).
public struct CSVActionReader {
    public static let requiredColumns = ["state", "action", "date"]
    public static let optionalColumns = ["reference", "note", "treaty"]

    public var source: String
    public var defaultTreaty: String
    public var knownTreaties: Set<String>
    public var directory: ParticipantDirectory

    public init(source: String, defaultTreaty: String, knownTreaties: Set<String>, directory: ParticipantDirectory = .builtIn) {
        self.source = source
        self.defaultTreaty = defaultTreaty
        self.knownTreaties = knownTreaties
        self.directory = directory
    }

    /// Every row as an action, or every problem found.
    public func read(_ text: String) throws(ImportFailure) -> [PendingAction] {
        var actions: [PendingAction] = []
        do {
            try read(text) { actions.append($0) }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            preconditionFailure("the collecting closure does not throw")
        }
        return actions
    }

    /// Streams the rows of a text to `each` in file order.
    public func read(_ text: String, each: (PendingAction) throws -> Void) throws {
        var whole: [UInt8]? = Array(text.utf8)
        try read(
            chunks: {
                defer { whole = nil }
                return whole
            }, each: each)
    }

    /// Streams the rows of a file read in chunks (`next` gives the next,
    /// nil at the end) to `each` in file order: neither the file nor its
    /// rows are ever held whole. After the first bad row nothing more is
    /// emitted, but the rest is still read so that every bad row is
    /// reported: the caller's transaction is rolled back by the throw.
    public func read(chunks next: () throws -> [UInt8]?, each: (PendingAction) throws -> Void) throws {
        var problems: [ImportProblem] = []
        func problem(_ line: Int?, _ message: String) { problems.append(ImportProblem(source: source, line: line, message: message)) }
        var slicer = CSVRecordSlicer()
        var columns: Columns?

        while let slice = try Self.nextSlice(of: &slicer, reading: next, source: source) {
            var line = slice.firstLine
            let text = try TextDecoding.utf8(slice.bytes, source: source, firstLine: line, atStart: false)
            let reader: CSVReader
            // CSV.swift trims spaces, tabs and no-break spaces around a field, never inside quotes;
            // only asked to where one touches a field's edge, as trimming costs it a copy of every field.
            let trim = Self.spaceTouchesAFieldEdge(slice.bytes)
            do { reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: trim, whitespaces: Self.fieldSpace) } catch {
                throw ImportFailure([ImportProblem(source: source, line: line, message: "cannot read the CSV: \(error)")])
            }
            while let fields = reader.next() {
                let rowLine = line
                line += Self.lineBreaks(in: fields) + 1
                if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) && (columns == nil || fields.count == 1) { continue }
                guard let columns else {
                    columns = try Columns(header: fields, line: rowLine, source: source)
                    continue
                }
                guard fields.count == columns.names.count else {
                    problem(
                        rowLine, "expected \(columns.names.count) fields (\(columns.names.joined(separator: ","))), found \(fields.count)")
                    continue
                }
                func field(_ at: Int?) -> String? {
                    at.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                }
                do {
                    let pending = try makeAction(
                        state: field(columns.state), action: field(columns.action), date: field(columns.date),
                        reference: field(columns.reference), note: field(columns.note), treaty: field(columns.treaty), line: rowLine)
                    if problems.isEmpty { try each(pending) }
                } catch let error as RowError {
                    problem(rowLine, error.message)
                }
            }
            if let error = reader.error {
                problem(line, "cannot read the CSV: \(error)")
            }
        }
        if let quoteLine = slicer.unclosedQuoteLine {
            problem(quoteLine, "a quote opened on this line is never closed: close it, or double a quote inside a quoted field (\"\")")
        } else if columns == nil {
            problem(nil, "the file is empty: expected a header line naming the columns state,action,date")
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
    }

    /// What CSV.swift trims around a field (outside quotes).
    static let fieldSpace = CharacterSet(charactersIn: " \t\u{00A0}")

    /// Whether a space, tab or no-break space (C2 A0) sits next to a comma,
    /// quote, line break or the start or end of `bytes`: only then can
    /// trimming change a field. Bytes, not characters: all of these are ASCII
    /// but the no-break space, and no byte of another character equals them.
    static func spaceTouchesAFieldEdge(_ bytes: [UInt8]) -> Bool {
        func isEdge(_ index: Int) -> Bool {
            guard index >= 0 && index < bytes.count else { return true }
            let byte = bytes[index]
            return byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        for (index, byte) in bytes.enumerated() {
            let width: Int
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                width = 1
            } else if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 {
                width = 2
            } else {
                continue
            }
            if isEdge(index - 1) || isEdge(index + width) { return true }
        }
        return false
    }

    /// The slicer's next slice, its refusal of an overlong record as this file's problem.
    static func nextSlice(of slicer: inout CSVRecordSlicer, reading next: () throws -> [UInt8]?, source: String) throws -> (
        bytes: [UInt8], firstLine: Int
    )? {
        do { return try slicer.next(reading: next) } catch let tooLong as CSVRecordSlicer.RecordTooLong {
            let quote = tooLong.openQuoteLine.map { "; a quote opened on line \($0) is still open: close it" } ?? ""
            let limit = InputLimits.describe(bytes: slicer.recordLimit)
            throw ImportFailure([
                ImportProblem(
                    source: source, line: tooLong.line,
                    message: "the record starting on this line is longer than \(limit), the most ratify reads in one row\(quote)")
            ])
        }
    }

    /// The header's columns, their positions resolved once rather than
    /// looked up for every field.
    struct Columns {
        let names: [String]
        let state: Int?, action: Int?, date: Int?, reference: Int?, note: Int?, treaty: Int?

        init(header: [String], line: Int, source: String) throws(ImportFailure) {
            guard header.count <= InputLimits.headerColumns else {
                throw ImportFailure([
                    ImportProblem(
                        source: source, line: line,
                        message:
                            "the header has \(header.count) columns, more than the \(InputLimits.headerColumns) ratify reads: the columns are state, action, date, reference, note, treaty"
                    )
                ])
            }
            names = header.map { $0.lowercased() }
            var problems: [ImportProblem] = []
            let known = CSVActionReader.requiredColumns + CSVActionReader.optionalColumns
            for column in names where !known.contains(column) {
                problems.append(
                    ImportProblem(
                        source: source, line: line,
                        message:
                            "unknown column '\(column)': the columns are \(known.joined(separator: ", ")) (state, action and date are required)"
                    ))
            }
            for column in CSVActionReader.requiredColumns where !names.contains(column) {
                problems.append(
                    ImportProblem(
                        source: source, line: line, message: "missing column '\(column)': the header must name state, action and date"))
            }
            // In the header's order: a Set's order differs from one
            // instance to the next (scripts/fuzz found the messages did).
            // Counted in one pass (linear); reported in the header's order.
            let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
            var reported = Set<String>()
            for column in names where counts[column, default: 0] > 1 && reported.insert(column).inserted {
                problems.append(ImportProblem(source: source, line: line, message: "column '\(column)' appears twice in the header"))
            }
            guard problems.isEmpty else { throw ImportFailure(problems) }
            let position = { [names] (name: String) in names.firstIndex(of: name) }
            (state, action, date) = (position("state"), position("action"), position("date"))
            (reference, note, treaty) = (position("reference"), position("note"), position("treaty"))
        }
    }

    struct RowError: Error { var message: String }

    func makeAction(state: String?, action: String?, date: String?, reference: String?, note: String?, treaty: String?, line: Int)
        throws(RowError) -> PendingAction
    {
        var messages: [String] = []
        // SQLite would keep it, but text read back stops at it.
        for (name, value) in [("reference", reference), ("note", note)] where value?.unicodeScalars.contains("\u{0}") == true {
            messages.append("the \(name) holds a NUL character (U+0000), which cannot be stored: remove it")
        }
        var participant: Participant?
        var kind: ActionKind?
        var civilDate: CivilDate?
        if let state {
            do { participant = try directory.lookup(state) } catch { messages.append(error.description) }
        } else {
            messages.append("the state is empty")
        }
        if let action {
            do { kind = try ActionKind.parse(action) } catch { messages.append(error.description) }
        } else {
            messages.append("the action is empty")
        }
        if let date {
            do { civilDate = try CivilDate.parse(date) } catch { messages.append(error.description) }
        } else {
            messages.append("the date is empty")
        }
        let treatyID = treaty ?? defaultTreaty
        if !knownTreaties.contains(treatyID) {
            messages.append("unknown treaty '\(treatyID)': known treaties are \(knownTreaties.sorted().joined(separator: ", "))")
        }
        guard messages.isEmpty, let participant, let kind, let civilDate else {
            throw RowError(message: messages.joined(separator: "; "))
        }
        return PendingAction(
            treaty: treatyID,
            action: ActionRecord(
                participant: participant.code, kind: kind, date: civilDate, reference: reference, note: note,
                provenance: Provenance(source: source, line: line)))
    }

    /// Line breaks inside a row's quoted fields, so the next row's line is known.
    static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { count, field in
            var breaks = 0
            var previous: Unicode.Scalar?
            for scalar in field.unicodeScalars {
                if scalar == "\n" || (previous == "\r") { breaks += 1 }
                previous = scalar == "\r" ? "\r" : nil
                if scalar == "\n" { previous = nil }
            }
            if previous == "\r" { breaks += 1 }
            return count + breaks
        }
    }
}
