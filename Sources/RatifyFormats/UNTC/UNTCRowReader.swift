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
    /// Text copied from a browser: a cell may be split at a tab (`4 Mar 2026<TAB>A`)
    /// or have an empty cell beside it.
    var cellsMaySplit: Bool
    /// Every folded name and alias the directory knows: a cheap test before
    /// `lookup`, whose failure computes suggestions by edit distance (costly
    /// for each footnoted name and each paragraph of prose after the table).
    private let foldedNames: Set<String>

    init(source: String, directory: ParticipantDirectory, cellsMaySplit: Bool) {
        self.source = source
        self.directory = directory
        self.cellsMaySplit = cellsMaySplit
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

    func read(_ rows: [UNTCRawRow]) -> (entries: [DepositaryEntry], problems: [ImportProblem]) {
        var entries: [DepositaryEntry] = []
        var problems: [ImportProblem] = []
        func problem(_ line: Int, _ message: String) { problems.append(ImportProblem(source: source, line: line, message: message)) }

        var layout = UNTCLayout.standard
        var headerSeen = false
        var rowSeen = false
        var firstLine: [String: Int] = [:]
        var end: (line: Int, text: String)?

        for raw in rows {
            var cells = raw.cells.map { UNTCText.clean($0) }
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
                if headerSeen || rowSeen {
                    end = (raw.line, shown)
                } else {
                    layout = header.layout
                    headerSeen = true
                    for message in header.problems { problem(raw.line, message) }
                }
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
                if cellsMaySplit && raw.cells.count == 1 {
                    problem(
                        raw.line,
                        "no tab separates the cells of '\(shown)': copy the status table from the browser again so that the cells stay separated by tabs (Participant<TAB>Signature<TAB>consent)"
                    )
                    continue
                }
                messages.append(unknownMessage(unknown))
            case .empty:
                messages.append("the Participant cell is empty: each row starts with the participant's name as the depositary writes it")
            }

            if cellsMaySplit {
                do throws(UNTCCellError) {
                    cells = try normalize(cells, layout: layout)
                } catch {
                    messages.append(error.message)
                    problem(raw.line, messages.joined(separator: "; "))
                    continue
                }
            }

            let (signature, consent, dateMessages) = dates(cells, layout: layout)
            messages += dateMessages

            if case .participant(let participant, let written) = name {
                if let first = firstLine[participant.code] {
                    messages.append("\(participant.name) is listed twice (first on line \(first)): keep one row per participant")
                } else {
                    firstLine[participant.code] = raw.line
                }
                if messages.isEmpty {
                    entries.append(
                        DepositaryEntry(
                            line: raw.line, writtenName: written, participant: participant,
                            signature: signature, consent: consent))
                }
            }
            if !messages.isEmpty { problem(raw.line, messages.joined(separator: "; ")) }
        }
        return (entries, problems)
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
    /// an empty cell between), drops empty cells the copy added, and pads
    /// the row to the table's width.
    func normalize(_ cells: [String], layout: UNTCLayout) throws(UNTCCellError) -> [String] {
        var out = cells
        var index = 1
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

    /// The signature and the consent of a row, or what is wrong with them.
    func dates(_ cells: [String], layout: UNTCLayout) -> (CivilDate?, DepositaryEntry.Consent?, [String]) {
        var messages: [String] = []
        var signature: CivilDate?
        var signatureFailed = false
        if let column = layout.signature, column < cells.count, !cells[column].isEmpty {
            do throws(UNTCCellError) {
                let cell = try UNTCDateCell.parse(cells[column], column: "Signature")
                if cell.suffix.isEmpty || layout.signatureSuffixes.contains(cell.suffix) {
                    signature = cell.date
                } else {
                    signatureFailed = true
                    messages.append(
                        "the Signature cell '\(cells[column])' ends in the suffix '\(cell.suffix)', which marks an instrument of consent: move it to the consent column, or check that the columns are in the order the header names (\(layout.columnNames))"
                    )
                }
            } catch {
                signatureFailed = true
                messages.append(error.message)
            }
        }
        var consent: DepositaryEntry.Consent?
        if let column = layout.consent, column < cells.count, !cells[column].isEmpty {
            do throws(UNTCCellError) {
                let cell = try UNTCDateCell.parse(cells[column], column: "consent")
                if let item = layout.legend.item(for: cell.suffix) {
                    consent = DepositaryEntry.Consent(kind: item.kind, date: cell.date, suffix: cell.suffix)
                    if item.alsoSigns, signature == nil, !signatureFailed { signature = cell.date }
                } else {
                    messages.append(
                        "unknown suffix '\(cell.suffix)' after \(cell.written) in the consent column: the legend is \(layout.legend.summary); correct the suffix (suffixes are case-sensitive: a is accession, A acceptance)"
                    )
                }
            } catch {
                messages.append(error.message)
            }
        }
        return (signature, consent, messages)
    }
}
