import RatifyCore

/// Reads the UN Treaty Collection status table (`Participant | Signature |
/// <consent column>`, and whatever other columns it has) as text copied
/// from the page, as CSV, as the saved HTML page or as the MTDSG XML. A pure
/// function of its input: no I/O, no clock.
///
/// - Each column's header says what its dates are, by its words and
///   letters (`UNTCVocabulary`): signatures, instruments of consent
///   ("Acceptance(A), Ratification, Approval(AA), Accession(a)", in varying
///   order), provisional application, application; a letter the header
///   does not name has the depositary's usual meaning. A column that names
///   nothing ratify records is skipped with one notice; a table with no
///   column ratify can map is refused, naming its header. Without a header
///   the columns are Participant, Signature, consent.
/// - Dates are `25 Oct 2025` or ` 4 Mar 2024`; the suffix follows the
///   consent date after a space.
/// - Footnote numbers glued to a name (`Belarus7`, `Belgium2,3`) are
///   removed only when what remains names a participant; in markup,
///   `<sup>`/`<superscript>` footnotes are dropped.
/// - Declarations, reservations and notes after the table end it (see
///   `UNTCRowReader` for the rule).
public struct UNTCTableReader {
    /// The file name used in problems (`FILE:LINE: message`).
    public var source: String
    public var directory: ParticipantDirectory

    public init(source: String, directory: ParticipantDirectory = .builtIn) {
        self.source = source
        self.directory = directory
    }

    /// Detects the input kind by content (not by file name): without markup
    /// at the start, text copied from the page when a tab separates cells,
    /// otherwise CSV when a comma does; HTML when it says so (`<!DOCTYPE
    /// html>`, `<html`); XML when it has the MTDSG's elements
    /// (`<Participants>`, `<TGroup>`, `<Row>`, `<Entry>`) or an XML
    /// declaration; other markup is HTML.
    public static func detect(_ text: String) -> UNTCInputKind {
        let start = text.unicodeScalars.drop { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
        guard start.first == "<" else {
            return !text.utf8.contains(UInt8(ascii: "\t")) && text.utf8.contains(UInt8(ascii: ",")) ? .csv : .text
        }
        let head = String(String.UnicodeScalarView(start.prefix(200_000))).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") { return .html }
        for element in ["<participants", "<tgroup", "<entry", "<row"] {
            if head.contains(element + ">") || head.contains(element + " ") || head.contains(element + "/")
                || head.contains(element + "\n") || head.contains(element + "\r") || head.contains(element + "\t")
            {
                return .xml
            }
        }
        return head.hasPrefix("<?xml") ? .xml : .html
    }

    /// Every row, or every problem as FILE:LINE: message (throws ImportFailure with all problems found).
    public func read(_ text: String) throws(ImportFailure) -> [DepositaryEntry] {
        try readTable(text).entries
    }

    /// Every row, and the notices of what the table holds that ratify does
    /// not record (a skipped column, a letter nothing explains); or every
    /// problem as FILE:LINE: message.
    public func readTable(_ text: String) throws(ImportFailure) -> UNTCReading {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ImportFailure([
                ImportProblem(
                    source: source, line: nil,
                    message:
                        "the input is empty: paste the status table from the UN Treaty Collection page (Participant, Signature and consent columns, separated by tabs), or give it saved as CSV, the saved HTML page or the MTDSG XML"
                )
            ])
        }
        let kind = Self.detect(text)
        let rows: [UNTCRawRow]
        switch kind {
        case .text:
            rows = Self.lines(text)
        case .csv:
            rows = try UNTCCSVRows.rows(text, source: source)
        case .html, .xml:
            guard let table = Self.statusTable(in: text, kind: kind) else {
                let message =
                    kind == .html
                    ? "found no status table in the HTML page: expected a <table> whose header row has the cells 'Participant' and 'Signature'; save the treaty's status page from the UN Treaty Collection and try again, or copy the table's text instead"
                    : "found no participants table in the XML: expected Participants/Table/TGroup/Tbody/Rows/Row/Entry as in the MTDSG XML"
                throw ImportFailure([ImportProblem(source: source, line: nil, message: message)])
            }
            rows = table
        }
        let reader = UNTCRowReader(source: source, directory: directory, kind: kind)
        let (entries, problems, notices) = reader.read(rows)
        guard problems.isEmpty else { throw ImportFailure(problems) }
        guard !entries.isEmpty else {
            throw ImportFailure([
                ImportProblem(
                    source: source, line: nil,
                    message: kind == .csv
                        ? "found no participant rows in the csv input: expected one participant a row, e.g. 'Viet Nam,25 Oct 2025,', under an optional header 'Participant,Signature,\"Ratification, Acceptance(A), ...\"'"
                        : "found no participant rows in the \(kind.rawValue) input: expected one participant a row, e.g. 'Viet Nam<TAB>25 Oct 2025<TAB>', under an optional header 'Participant<TAB>Signature<TAB>Ratification, Acceptance(A), ...'"
                )
            ])
        }
        return UNTCReading(kind: kind, entries: entries, notices: notices)
    }

    /// The lines of copied text, split into cells at tabs. `\r\n` counts as
    /// one line break.
    static func lines(_ text: String) -> [UNTCRawRow] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated()
            .map {
                UNTCRawRow(line: $0.offset + 1, cells: $0.element.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
    }

    /// The status table's rows from its header row on: the first table whose
    /// header row has a "Participant" cell and a column ratify maps, failing
    /// that the first with a "Participant" cell (refused by the row reader,
    /// naming its header); in the XML, failing both, the table under
    /// `<Participants>`, read as Participant, Signature, consent.
    static func statusTable(in text: String, kind: UNTCInputKind) -> [UNTCRawRow]? {
        let tables = UNTCMarkupScanner.tables(in: text)
        for mappedOnly in [true, false] {
            for table in tables {
                if let header = table.rows.firstIndex(where: { row in
                    UNTCLayout.header(row.cells.map { UNTCText.clean($0) }).map { !mappedOnly || !$0.mapped.isEmpty } ?? false
                }) {
                    return Array(table.rows[header...])
                }
            }
        }
        if kind == .xml, let table = tables.first(where: { $0.insideParticipants && !$0.rows.isEmpty }) {
            return table.rows
        }
        return nil
    }
}
