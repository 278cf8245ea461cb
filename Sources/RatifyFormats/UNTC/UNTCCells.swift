import RatifyCore

/// A problem with one cell, already worded for the user.
struct UNTCCellError: Error, Equatable {
    var message: String
}

// MARK: - Dates

/// A date cell as the depositary writes it: `25 Oct 2025`, ` 4 Mar 2024`
/// (a single-digit day carries a leading space), optionally followed by the
/// instrument's suffix after a space: `14 Apr 2026 A`.
struct UNTCDateCell: Equatable {
    var date: CivilDate
    var suffix: String
    /// The date as written, spaces normalized: `4 Mar 2026`.
    var written: String

    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    /// The month number of an abbreviation (`Oct`, in any case); full month
    /// names are accepted too although the status table never uses them.
    static func month(_ token: Substring) -> Int? {
        let lower = token.lowercased()
        if let index = monthAbbreviations.firstIndex(where: { $0.lowercased() == lower }) { return index + 1 }
        if let index = CivilDate.monthNames.firstIndex(where: { $0.lowercased() == lower }) { return index + 1 }
        return nil
    }

    static func number(_ token: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(token.count), token.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(token)
    }

    /// True when the cell begins with day, month abbreviation and year, whatever follows.
    static func looksLikeDate(_ text: String) -> Bool {
        let t = tokens(text)
        return t.count >= 3 && number(t[0], digits: 1...2) != nil && month(t[1]) != nil && number(t[2], digits: 4...4) != nil
    }

    /// True when `text` holds a date written the depositary's way anywhere in
    /// it (`... 25 Oct 2025 ...`), with an abbreviated month: prose after
    /// the table writes months in full ("4 March 2026").
    static func containsDate(_ text: String) -> Bool {
        let t = tokens(text)
        guard t.count >= 3 else { return false }
        for i in 0...(t.count - 3) where t[i + 1].count == 3 {
            if number(t[i], digits: 1...2) != nil, month(t[i + 1]) != nil, number(t[i + 2], digits: 4...4) != nil { return true }
        }
        return false
    }

    /// Parses a non-empty cell; `column` names the column in messages.
    static func parse(_ text: String, column: String) throws(UNTCCellError) -> UNTCDateCell {
        let t = tokens(text)
        let shown = t.joined(separator: " ")
        let example = "day, month abbreviation and year, e.g. 25 Oct 2025 or 4 Mar 2024"
        guard t.count >= 3, let day = number(t[0], digits: 1...2), let month = month(t[1]),
              let year = number(t[2], digits: 4...4) else {
            if looksCutShort(t) {
                throw UNTCCellError(message: "'\(shown)' in the \(column) column is not a complete date (\(example)): the row looks cut short; copy the whole row again from the status table")
            }
            throw UNTCCellError(message: "'\(shown)' in the \(column) column is not a date as the depositary writes it (\(example)): correct the date")
        }
        guard t.count <= 4 else {
            throw UNTCCellError(message: "'\(shown)' in the \(column) column has text after the date and its suffix: a cell holds one date, optionally followed by one suffix such as A or a; remove '\(t[4...].joined(separator: " "))'")
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let written = "\(t[0]) \(t[1]) \(t[2])"
            let why = year == 0 ? "there is no year 0"
                : day == 0 ? "there is no day 0"
                : "\(CivilDate.monthNames[month - 1]) \(year) has \(CivilDate.daysIn(month: month, year: year)) days"
            throw UNTCCellError(message: "\(written) is not a real calendar date: \(why)")
        }
        return UNTCDateCell(date: date, suffix: t.count == 4 ? String(t[3]) : "", written: "\(t[0]) \(t[1]) \(t[2])")
    }

    /// A prefix of a well-formed date (`25 Oc`, `25 Oct 20`, `25`): what a
    /// row cut off in the middle of a copy looks like.
    private static func looksCutShort(_ t: [Substring]) -> Bool {
        guard !t.isEmpty, t.count <= 3, number(t[0], digits: 1...2) != nil else { return false }
        if t.count >= 2 {
            let lower = t[1].lowercased()
            let isMonthPrefix = monthAbbreviations.contains { $0.lowercased().hasPrefix(lower) }
            if t.count == 2 { return isMonthPrefix }
            return month(t[1]) != nil && t[2].count < 4 && t[2].allSatisfy { $0.isASCII && $0.isNumber }
        }
        return true
    }

    /// A cell holding only what may be a suffix (`A`, `AA`, `a`, `X`): the
    /// tail of a consent cell that the copy split at a tab.
    static func isSuffixOnly(_ text: String) -> Bool {
        (1...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLetter }
    }
}

// MARK: - The consent column's legend

/// The instrument kinds a consent column's header names, each with the
/// suffix that marks it after the deposit date ("Acceptance(A),
/// Ratification, Approval(AA), Accession(a)": no suffix is ratification).
struct UNTCLegend: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        var suffix: String
        var label: String
        var kind: ActionKind
        /// A definitive signature both signs and binds.
        var alsoSigns: Bool
    }

    var items: [Item]

    /// Instrument labels this reader knows, folded, with their meaning.
    /// Formal confirmation is an international organization's equivalent of
    /// ratification (VCLT 1986 art. 2(1)(b bis)); a definitive signature is
    /// a signature not subject to ratification, so it is recorded as a
    /// ratification together with a signature on the same date.
    static let knownLabels: [String: (kind: ActionKind, alsoSigns: Bool)] = [
        "ratification": (.ratification, false),
        "acceptance": (.acceptance, false),
        "approval": (.approval, false),
        "accession": (.accession, false),
        "succession": (.succession, false),
        "formal confirmation": (.ratification, false),
        "definitive signature": (.ratification, true),
    ]

    /// The depositary's usual legend, used without a header and for any
    /// suffix a header does not name.
    static let standard = UNTCLegend(items: [
        Item(suffix: "", label: "Ratification", kind: .ratification, alsoSigns: false),
        Item(suffix: "A", label: "Acceptance", kind: .acceptance, alsoSigns: false),
        Item(suffix: "AA", label: "Approval", kind: .approval, alsoSigns: false),
        Item(suffix: "a", label: "Accession", kind: .accession, alsoSigns: false),
        Item(suffix: "d", label: "Succession", kind: .succession, alsoSigns: false),
        Item(suffix: "c", label: "Formal confirmation", kind: .ratification, alsoSigns: false),
        Item(suffix: "s", label: "Definitive signature", kind: .ratification, alsoSigns: true),
    ])

    /// Suffixes are compared exactly: `a` is accession, `A` acceptance.
    func item(for suffix: String) -> Item? { items.first { $0.suffix == suffix } }

    /// This legend, then the standard items whose suffix it does not name.
    func completed() -> UNTCLegend {
        UNTCLegend(items: items + UNTCLegend.standard.items.filter { item(for: $0.suffix) == nil })
    }

    /// `Ratification (no suffix), Acceptance (A), ...`
    var summary: String {
        items.map { "\($0.label) (\($0.suffix.isEmpty ? "no suffix" : $0.suffix))" }.joined(separator: ", ")
    }

    /// One piece of a header cell: `Acceptance(A)` → ("Acceptance", "A");
    /// `Ratification` → ("Ratification", "").
    static func split(_ piece: String) -> (label: String, suffix: String) {
        let text = String(piece.untcTrimmed)
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, "") }
        let suffix = text[text.index(after: open)..<text.index(before: text.endIndex)].untcTrimmed
        let label = text[..<open].untcTrimmed
        // "Netherlands (Kingdom of the)"-like labels are not suffixes: a suffix is 1–3 letters.
        guard (1...3).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return (text, "") }
        return (String(label), String(suffix))
    }

    /// Reads a consent column's header. Returns nil when the cell names no
    /// instrument kind at all (it is not a consent column); `unknown` lists
    /// the pieces that look like legend items but name no known kind.
    static func parse(header: String) -> (legend: UNTCLegend, unknown: [String])? {
        var items: [Item] = []
        var unknown: [String] = []
        for piece in header.split(separator: ",") {
            var (label, suffix) = split(String(piece))
            guard !label.isEmpty else { continue }
            if knownLabels[ParticipantDirectory.fold(label)] == nil {
                // A footnote number after the item: "Accession(a)3".
                let bare = UNTCText.withoutFootnotes(String(piece))
                if !bare.isEmpty { (label, suffix) = split(bare) }
            }
            if let known = knownLabels[ParticipantDirectory.fold(label)] {
                items.append(Item(suffix: suffix, label: label, kind: known.kind, alsoSigns: known.alsoSigns))
            } else {
                unknown.append(String(piece.untcTrimmed))
            }
        }
        return items.isEmpty ? nil : (UNTCLegend(items: items), unknown)
    }
}

// MARK: - Text in cells

enum UNTCText {
    /// Invisible characters a copy or a page may carry inside a name: soft
    /// hyphen, zero-width spaces and joiners, direction marks, BOM.
    static let invisible: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}"]

    /// Runs of whitespace (spaces, tabs, U+00A0, line breaks) become one
    /// space; invisible characters go; the ends are trimmed.
    static func clean(_ text: some StringProtocol) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if character.unicodeScalars.allSatisfy({ invisible.contains($0) }) { continue }
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(character)
        }
        return out
    }

    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// `Belgium2,3` → `Belgium`: trailing footnote digits, commas, spaces
    /// and superscript digits removed. The caller keeps the result only when
    /// it names a participant, so a name never loses a real character.
    static func withoutFootnotes(_ name: String) -> String {
        var text = Substring(name)
        while let last = text.last, (last.isASCII && last.isNumber) || last == "," || last.isWhitespace || superscriptDigits.contains(last) {
            text = text.dropLast()
        }
        return String(text)
    }
}

extension StringProtocol {
    var untcTrimmed: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
