import CSV
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

    /// Streams the rows to `each` in file order, so that a large file is
    /// never held as actions. After the first bad row nothing more is
    /// emitted, but the rest is still read so that every bad row is
    /// reported: the caller's transaction is rolled back by the throw.
    public func read(_ text: String, each: (PendingAction) throws -> Void) throws {
        var problems: [ImportProblem] = []
        func problem(_ line: Int?, _ message: String) { problems.append(ImportProblem(source: source, line: line, message: message)) }

        // `#` comment lines and blank lines before the header are skipped.
        // Scanned as UTF-8 bytes: in Swift "\r\n" is one Character, which
        // `firstIndex(of: "\n")` would not find.
        var bytes = Substring(text).utf8[...]
        var line = 1
        while let first = bytes.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
            let end = bytes.firstIndex(of: UInt8(ascii: "\n")).map { bytes.index(after: $0) } ?? bytes.endIndex
            bytes = bytes[end...]
            line += 1
        }
        let body = Substring(bytes)
        guard !body.allSatisfy(\.isWhitespace) else {
            throw ImportFailure([ImportProblem(source: source, line: nil, message: "the file is empty: expected a header line naming the columns state,action,date")])
        }
        if let quoteLine = Self.unbalancedQuoteLine(in: body) {
            throw ImportFailure([ImportProblem(source: source, line: line + quoteLine - 1, message: "a quote opened on this line is never closed: close it, or double a quote inside a quoted field (\"\")")])
        }

        let reader: CSVReader
        do { reader = try CSVReader(string: String(body), hasHeaderRow: false) } catch {
            throw ImportFailure([ImportProblem(source: source, line: line, message: "cannot read the CSV: \(error)")])
        }
        guard let header = reader.next() else {
            throw ImportFailure([ImportProblem(source: source, line: nil, message: "the file is empty: expected a header line")])
        }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = Self.requiredColumns + Self.optionalColumns
        for column in columns where !known.contains(column) {
            problem(line, "unknown column '\(column)': the columns are \(known.joined(separator: ", ")) (state, action and date are required)")
        }
        for column in Self.requiredColumns where !columns.contains(column) {
            problem(line, "missing column '\(column)': the header must name state, action and date")
        }
        for column in Set(columns) where columns.filter({ $0 == column }).count > 1 {
            problem(line, "column '\(column)' appears twice in the header")
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        // Column positions resolved once, not looked up for every field.
        let position = { (name: String) in columns.firstIndex(of: name) }
        let (stateAt, actionAt, dateAt) = (position("state"), position("action"), position("date"))
        let (referenceAt, noteAt, treatyAt) = (position("reference"), position("note"), position("treaty"))
        line += Self.lineBreaks(in: header) + 1

        while let fields = reader.next() {
            let rowLine = line
            line += Self.lineBreaks(in: fields) + 1
            if fields.count == 1, fields[0].allSatisfy(\.isWhitespace) { continue }
            guard fields.count == columns.count else {
                problem(rowLine, "expected \(columns.count) fields (\(columns.joined(separator: ","))), found \(fields.count)")
                continue
            }
            func field(_ at: Int?) -> String? {
                at.map { fields[$0].trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            do {
                let pending = try makeAction(state: field(stateAt), action: field(actionAt), date: field(dateAt),
                                             reference: field(referenceAt), note: field(noteAt), treaty: field(treatyAt), line: rowLine)
                if problems.isEmpty { try each(pending) }
            } catch let error as RowError {
                problem(rowLine, error.message)
            }
        }
        if let error = reader.error {
            problem(line, "cannot read the CSV: \(error)")
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
    }

    struct RowError: Error { var message: String }

    func makeAction(state: String?, action: String?, date: String?, reference: String?, note: String?, treaty: String?, line: Int) throws(RowError) -> PendingAction {
        var messages: [String] = []
        var participant: Participant?
        var kind: ActionKind?
        var civilDate: CivilDate?
        if let state {
            do { participant = try directory.lookup(state) } catch { messages.append(error.description) }
        } else { messages.append("the state is empty") }
        if let action {
            do { kind = try ActionKind.parse(action) } catch { messages.append(error.description) }
        } else { messages.append("the action is empty") }
        if let date {
            do { civilDate = try CivilDate.parse(date) } catch { messages.append(error.description) }
        } else { messages.append("the date is empty") }
        let treatyID = treaty ?? defaultTreaty
        if !knownTreaties.contains(treatyID) {
            messages.append("unknown treaty '\(treatyID)': known treaties are \(knownTreaties.sorted().joined(separator: ", "))")
        }
        guard messages.isEmpty, let participant, let kind, let civilDate else {
            throw RowError(message: messages.joined(separator: "; "))
        }
        return PendingAction(treaty: treatyID, action: ActionRecord(
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

    /// The line (1-based, within `text`) of a quote that is never closed,
    /// found by toggling on every `"`: an escaped `""` toggles twice.
    /// Scans UTF-8 bytes, not scalars: both characters are ASCII, which no
    /// byte of a multi-byte character can equal, and this runs over the
    /// whole file before the first row.
    static func unbalancedQuoteLine(in text: Substring) -> Int? {
        var inQuotes = false
        var line = 1
        var openedOn = 1
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                if inQuotes { openedOn = line }
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
        }
        return inQuotes ? openedOn : nil
    }
}

extension String {
    /// Spaces, tabs and no-break spaces off both ends. Works on Unicode
    /// scalars and returns `self` untouched in the common case: this runs for
    /// every field of a 200,000-row import.
    func trimmingCharacters(in space: FieldSpace) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !space.contains(first) && !space.contains(last) { return self }
        guard let start = scalars.firstIndex(where: { !space.contains($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !space.contains($0) })!
        return String(scalars[start...end])
    }
}

/// What is trimmed off a field: spaces, tabs and no-break spaces. Compared
/// one by one rather than through a `Set`, whose hashing showed in the
/// profile of a 200,000-row import (scripts/bench).
enum FieldSpace {
    case whitespaces

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}"
    }
}
