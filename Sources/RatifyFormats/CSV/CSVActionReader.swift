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
        func problem(_ line: Int?, _ message: String, _ kind: ImportProblem.Kind) {
            problems.append(ImportProblem(source: source, line: line, message: message, kind: kind))
        }
        var slicer = CSVRecordSlicer()
        var columns: CSVColumns?
        // Commas, or semicolons when the header is written with them (as
        // spreadsheets save "CSV" in languages that write 0,5 for a half).
        var delimiter: Unicode.Scalar = ","

        while let slice = try Self.nextSlice(of: &slicer, reading: next, source: source) {
            var line = slice.firstLine
            let text = try TextDecoding.utf8(slice.bytes, source: source, firstLine: line, atStart: false)
            // CSV.swift trims spaces, tabs and no-break spaces around a field, never inside quotes;
            // only asked to where one touches a field's edge, as trimming costs it a copy of every field.
            func makeReader(_ delimiter: Unicode.Scalar) throws -> CSVReader {
                let trim = Self.spaceTouchesAFieldEdge(slice.bytes, delimiter: delimiter)
                do {
                    return try CSVReader(
                        string: text, hasHeaderRow: false, trimFields: trim, delimiter: delimiter, whitespaces: Self.fieldSpace)
                } catch {
                    throw ImportFailure([ImportProblem(source: source, line: line, message: "cannot read the CSV: \(error)")])
                }
            }
            var reader = try makeReader(delimiter)
            while let fields = reader.next() {
                let rowLine = line
                line += Self.lineBreaks(in: fields) + 1
                if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) && (columns == nil || fields.count == 1) { continue }
                guard let columns else {
                    if delimiter == ",", CSVColumns.isSemicolonHeader(fields) {
                        delimiter = ";"
                        (reader, line) = (try makeReader(delimiter), slice.firstLine)
                        continue
                    }
                    columns = try CSVColumns(header: fields, line: rowLine, source: source)
                    continue
                }
                if let unnamed = columns.valueUnderUnnamedColumn(fields) {
                    problem(
                        rowLine,
                        "a value ('\(fields[unnamed])') in column \(unnamed + 1), which has no name in the header: name the column, or remove the value",
                        .fieldCount)
                    continue
                }
                guard columns.fits(fields) else {
                    problem(
                        rowLine, "expected \(columns.names.count) fields (\(columns.names.joined(separator: ","))), found \(fields.count)",
                        .fieldCount)
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
                    problem(rowLine, error.message, error.kind)
                }
            }
            if let error = reader.error {
                problem(line, "cannot read the CSV: \(error)", .other)
            }
        }
        if let quoteLine = slicer.unclosedQuoteLine {
            problem(
                quoteLine, "a quote opened on this line is never closed: close it, or double a quote inside a quoted field (\"\")", .quote)
        } else if columns == nil {
            problem(nil, "the file is empty: expected a header line naming the columns state,action,date", .header)
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
    }

    struct RowError: Error {
        var message: String
        var kind: ImportProblem.Kind
    }

    func makeAction(state: String?, action: String?, date: String?, reference: String?, note: String?, treaty: String?, line: Int)
        throws(RowError) -> PendingAction
    {
        var messages: [String] = []
        var kinds: [ImportProblem.Kind] = []
        // SQLite would keep it, but text read back stops at it.
        for (name, value) in [("reference", reference), ("note", note)] where value?.unicodeScalars.contains("\u{0}") == true {
            messages.append("the \(name) holds a NUL character (U+0000), which cannot be stored: remove it")
        }
        for (name, value) in [("reference", reference), ("note", note)] {
            if let value, let limit = InputLimits.fieldBytes[name], value.utf8.count > limit {
                messages.append(
                    "the \(name) is \(value.utf8.count) bytes, over the limit of \(InputLimits.describe(bytes: limit)): shorten it")
            }
        }
        var participant: Participant?
        var kind: ActionKind?
        var civilDate: CivilDate?
        if let state {
            do { participant = try directory.lookup(state) } catch {
                messages.append(error.description)
                kinds.append(.participant)
            }
        } else {
            messages.append("the state is empty")
            kinds.append(.participant)
        }
        if let action {
            do { kind = try ActionKind.parse(action) } catch {
                messages.append(error.description)
                kinds.append(.action)
            }
        } else {
            messages.append("the action is empty")
            kinds.append(.action)
        }
        if let date {
            do { civilDate = try CivilDate.parse(date) } catch {
                messages.append(error.description)
                kinds.append(Self.isDayFirst(date) ? .dayFirstDate : .date)
            }
        } else {
            messages.append("the date is empty")
            kinds.append(.date)
        }
        let treatyID = treaty ?? defaultTreaty
        if !knownTreaties.contains(treatyID) {
            messages.append("unknown treaty '\(treatyID)': known treaties are \(knownTreaties.sorted().joined(separator: ", "))")
            kinds.append(.treaty)
        }
        guard messages.isEmpty, let participant, let kind, let civilDate else {
            throw RowError(message: messages.joined(separator: "; "), kind: kinds.count == 1 ? kinds[0] : .other)
        }
        return PendingAction(
            treaty: treatyID,
            action: ActionRecord(
                participant: participant.code, kind: kind, date: civilDate, reference: reference, note: note,
                provenance: Provenance(source: source, line: line)))
    }

    /// `25/10/2025`, `5.3.2026`, `25-10-2025`: a date written day first, as
    /// spreadsheets in many languages save it.
    static func isDayFirst(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        return parts.count == 3 && parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
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
