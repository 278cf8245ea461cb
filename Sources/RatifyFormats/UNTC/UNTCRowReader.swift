import RatifyCore

/// Turns rows of cells into entries: finds the header, resolves names,
/// parses dates and suffixes, and decides where the table ends.
///
/// Where the table ends: declarations, reservations and notes follow the
/// table ("Upon signature:", "Reservation:", paragraphs of prose). After the
/// first row, the first line whose Participant cell names no participant
/// and which holds no date ends the table; everything after it is ignored.
/// A line whose first cell names no participant but which does hold a date
/// is a bad row (an unknown or misspelt name), not the end. A lone
/// participant's name with no date (the declarations' headings) is skipped.
/// Should a real row follow the end, the line that ended the table is
/// reported, so that a misspelt name never silently drops the rows after it.
struct UNTCRowReader {
    var source: String
    var directory: ParticipantDirectory
    var kind: UNTCInputKind
    /// Text copied from a browser: a cell may be split at a tab (`4 Mar 2026<TAB>A`)
    /// or have an empty cell beside it.
    var cellsMaySplit: Bool { kind == .text }
    /// Every folded name and alias the directory knows: a cheap test before
    /// `lookup`, whose failure computes suggestions by edit distance (costly
    /// for each footnoted name and each paragraph of prose after the table).
    private let foldedNames: Set<String>

    init(source: String, directory: ParticipantDirectory, kind: UNTCInputKind) {
        self.source = source
        self.directory = directory
        self.kind = kind
        foldedNames = Set(directory.participants.flatMap { [$0.name] + $0.aliases }.map(ParticipantDirectory.fold))
    }

    /// The participant a name or code names, without computing suggestions.
    private func find(_ name: String) -> Participant? {
        let known =
            (name.count == 3 && directory[name.uppercased()] != nil)
            || foldedNames.contains(ParticipantDirectory.fold(name))
        return known ? try? directory.lookup(name) : nil
    }

    enum Name {
        case participant(Participant, written: String)
        /// The name looked up, footnote digits removed.
        case unknown(String)
        case empty
    }

    /// Resolves a name cell. Footnote digits glued to the name (`Belarus7`,
    /// `Belgium2,3`) are removed only when what remains names a participant.
    func resolve(_ cell: String) -> Name {
        let name = UNTCText.clean(cell)
        guard !name.isEmpty else { return .empty }
        if let participant = find(name) { return .participant(participant, written: name) }
        let stripped = UNTCText.clean(UNTCText.withoutFootnotes(name))
        if !stripped.isEmpty, stripped != name, let participant = find(stripped) {
            return .participant(participant, written: stripped)
        }
        return .unknown(stripped.isEmpty ? name : stripped)
    }

    /// The directory's message for an unknown name, naming the closest known names.
    func unknownMessage(_ name: String) -> String {
        do {
            _ = try directory.lookup(name)
            return "unknown participant '\(name)'"
        } catch {
            return error.description
        }
    }

    /// A date in any cell but the participant's (or a cell beginning with a
    /// digit, as a date cut short does), or a date written anywhere in the line.
    func holdsDate(_ cells: [String], participant: Int) -> Bool {
        for (index, cell) in cells.enumerated() {
            if index != participant, let first = cell.first, first.isASCII, first.isNumber { return true }
            if UNTCDateCell.containsDate(cell) { return true }
        }
        return false
    }

    func read(_ rows: [UNTCRawRow]) -> (entries: [DepositaryEntry], problems: [ImportProblem], notices: [ImportProblem]) {
        var entries: [DepositaryEntry] = []
        var problems: [ImportProblem] = []
        func problem(_ line: Int, _ message: String) { problems.append(ImportProblem(source: source, line: line, message: message)) }

        let cleaned = rows.map { $0.cells.map { UNTCText.clean($0) } }
        var layout = UNTCLayout.headerless(cleaned)
        var notices = UNTCNotices(layout: layout)
        var headerLine: Int?
        var rowSeen = false
        var firstLine: [String: Int] = [:]
        var end: (line: Int, text: String)?

        for (raw, clean) in zip(rows, cleaned) {
            var cells = clean
            if cells.allSatisfy(\.isEmpty) { continue }
            let shown = cells.filter { !$0.isEmpty }.joined(separator: " ")

            if let end {
                if let stray = strayRow(cells, layout: layout) {
                    problem(
                        end.line,
                        "the table ends on this line ('\(end.text)' names no participant and holds no date), yet line \(raw.line) below holds a row for \(stray.name): if this line is a row, correct its participant's name; if the table really ends here, remove the rows after it"
                    )
                    break
                }
                continue
            }

            if let header = UNTCLayout.header(cells) {
                if headerLine != nil || rowSeen {
                    end = (raw.line, shown)
                    continue
                }
                guard !header.mapped.isEmpty else {
                    problem(raw.line, Self.nothingToMap(header))
                    return ([], problems, [])
                }
                layout = header
                notices = UNTCNotices(layout: layout)
                headerLine = raw.line
                continue
            }

            let nameCell = layout.participant < cells.count ? cells[layout.participant] : ""
            let dated = holdsDate(cells, participant: layout.participant)
            let name = resolve(nameCell)

            switch name {
            case .participant(_, _) where !dated && raw.cells.count == 1:
                continue  // a participant's name alone: a heading of the declarations
            case .unknown where !dated, .empty where !dated:
                if rowSeen { end = (raw.line, shown) }
                continue  // before the first row: a title or other preamble
            default:
                break
            }

            rowSeen = true
            var messages: [String] = []
            switch name {
            case .participant: break
            case .unknown(let unknown):
                if raw.cells.count == 1 && (kind == .text || kind == .csv) {
                    problem(raw.line, separatorMissing(shown))
                    continue
                }
                messages.append(unknownMessage(unknown))
            case .empty:
                messages.append("the Participant cell is empty: each row starts with the participant's name as the depositary writes it")
            }

            if kind == .text || kind == .csv {
                do throws(UNTCCellError) {
                    cells = try normalize(cells, layout: layout)
                } catch {
                    messages.append(error.message)
                    problem(raw.line, messages.joined(separator: "; "))
                    continue
                }
            }

            let (facts, factMessages) = facts(cells, layout: layout, line: raw.line, notices: &notices)
            messages += factMessages

            if case .participant(let participant, let written) = name {
                if let first = firstLine[participant.code] {
                    messages.append("\(participant.name) is listed twice (first on line \(first)): keep one row per participant")
                } else {
                    firstLine[participant.code] = raw.line
                }
                if messages.isEmpty {
                    entries.append(DepositaryEntry(line: raw.line, writtenName: written, participant: participant, facts: facts))
                }
            }
            if !messages.isEmpty { problem(raw.line, messages.joined(separator: "; ")) }
        }
        return (entries, problems, notices.problems(source: source, headerLine: headerLine))
    }

    /// A table whose header names no column ratify can map (admission
    /// resolutions, a list of names) is not a status table: refused, naming
    /// the header.
    static func nothingToMap(_ header: UNTCLayout) -> String {
        let named = header.columns.isEmpty ? "only the participants" : header.columnNames
        return
            "the table's header names \(named), and no column ratify can map to an action (a Signature column, a consent column such as 'Ratification, Accession(a)', provisional application, application): this is not a status table of signatures and instruments, so nothing is imported"
    }

    /// A row of one cell that names no participant: the cells were not kept apart.
    func separatorMissing(_ shown: String) -> String {
        cellsMaySplit
            ? "no tab separates the cells of '\(shown)': copy the status table from the browser again so that the cells stay separated by tabs (Participant<TAB>Signature<TAB>consent)"
            : "no separator keeps the cells of '\(shown)' apart: in a CSV file, separate the cells by commas (Participant,Signature,consent) and quote a cell that holds one"
    }

    /// A row that names a participant and holds a date: found after the end
    /// of the table, it means the end was not the end.
    func strayRow(_ cells: [String], layout: UNTCLayout) -> Participant? {
        let dated = cells.enumerated().contains { $0.offset != layout.participant && UNTCDateCell.looksLikeDate($0.element) }
        guard dated, layout.participant < cells.count,
            case .participant(let participant, _) = resolve(cells[layout.participant])
        else { return nil }
        return participant
    }

    /// Rejoins a consent cell split at a tab (`4 Mar 2026`, `A`, perhaps with
    /// an empty cell between) in copied text, drops empty cells the copy (or
    /// a CSV's trailing commas) added, and pads the row to the table's width.
    func normalize(_ cells: [String], layout: UNTCLayout) throws(UNTCCellError) -> [String] {
        var out = cells
        var index = cellsMaySplit ? 1 : out.count
        while index < out.count {
            if index != layout.participant, UNTCDateCell.isSuffixOnly(out[index]),
                let previous = out[..<index].lastIndex(where: { !$0.isEmpty }), previous != layout.participant,
                UNTCDateCell.tokens(out[previous]).count == 3, UNTCDateCell.looksLikeDate(out[previous])
            {
                out[previous] += " " + out[index]
                out.removeSubrange((previous + 1)...index)
                index = previous + 1
            } else {
                index += 1
            }
        }
        while out.count > layout.columnCount,
            let empty = out.indices.last(where: { $0 != layout.participant && out[$0].isEmpty })
        {
            out.remove(at: empty)
        }
        if out.count > layout.columnCount {
            let extra = out[layout.columnCount...].map { "'\($0)'" }.joined(separator: ", ")
            throw UNTCCellError(
                message:
                    "this row has \(out.count) cells but the table has \(layout.columnCount) columns (\(layout.columnNames)); the extra cells are \(extra): remove them, or start the file with the table's header line so that the columns are known"
            )
        }
        return out + Array(repeating: "", count: layout.columnCount - out.count)
    }

    /// The actions a row's dated cells say, in column order with its
    /// signatures first, or what is wrong with the cells. A cell whose letter
    /// nothing explains, and a cell of a skipped column, go to the notices.
    /// A definitive signature signs too when the row has no signature of its own.
    func facts(_ cells: [String], layout: UNTCLayout, line: Int, notices: inout UNTCNotices) -> ([DepositaryEntry.Fact], [String]) {
        var messages: [String] = []
        var signatures: [DepositaryEntry.Fact] = []
        var others: [DepositaryEntry.Fact] = []
        var signatureFailed = false
        var signsToo: CivilDate?
        for column in layout.columns where column.index < cells.count && !cells[column.index].isEmpty {
            if column.role == .skipped {
                notices.skippedCell(in: column)
                continue
            }
            let cell: UNTCDateCell
            do throws(UNTCCellError) {
                cell = try UNTCDateCell.parse(cells[column.index], column: column.name)
            } catch {
                signatureFailed = signatureFailed || column.role == .signature
                messages.append(error.message)
                continue
            }
            guard let (meaning, label) = column.read(cell) else {
                notices.unknownLetter(cell, in: column, line: line)
                continue
            }
            let fact = DepositaryEntry.Fact(kind: meaning.kind, date: cell.date, suffix: cell.suffix, label: label)
            if meaning.kind == .signature {
                if !signatures.contains(fact) { signatures.append(fact) }
            } else if !others.contains(fact) {
                others.append(fact)
            }
            if meaning.alsoSigns && signsToo == nil { signsToo = cell.date }
        }
        if signatures.isEmpty, !signatureFailed, let signsToo { signatures.append(DepositaryEntry.Fact(kind: .signature, date: signsToo)) }
        return (signatures + others, messages)
    }
}
