import RatifyCore

/// A date cell as the depositary writes it: `25 Oct 2025`, ` 4 Mar 2024`
/// (a single-digit day carries a leading space), optionally followed by the
/// instrument's suffix after a space: `14 Apr 2026 A`.
struct UNTCDateCell: Equatable {
    var date: CivilDate
    var suffix: String
    /// The date as written, spaces normalized: `4 Mar 2026`.
    var written: String

    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

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

    /// Parses a non-empty cell; `column` names the column in messages ("the Signature column").
    static func parse(_ text: String, column: String) throws(UNTCCellError) -> UNTCDateCell {
        let t = tokens(text)
        let shown = t.joined(separator: " ")
        let example = "day, month abbreviation and year, e.g. 25 Oct 2025 or 4 Mar 2024"
        guard t.count >= 3, let day = number(t[0], digits: 1...2), let month = month(t[1]),
            let year = number(t[2], digits: 4...4)
        else {
            if looksCutShort(t) {
                throw UNTCCellError(
                    message:
                        "'\(shown)' in \(column) is not a complete date (\(example)): the row looks cut short; copy the whole row again from the status table"
                )
            }
            throw UNTCCellError(
                message: "'\(shown)' in \(column) is not a date as the depositary writes it (\(example)): correct the date")
        }
        guard t.count <= 4 else {
            throw UNTCCellError(
                message:
                    "'\(shown)' in \(column) has text after the date and its suffix: a cell holds one date, optionally followed by one suffix such as A or a; remove '\(t[4...].joined(separator: " "))'"
            )
        }
        // The depositary's letters are one to three letters (`a`, `AA`); anything
        // else after a date is text a copy or an edit left there.
        guard t.count < 4 || isSuffixOnly(String(t[3])) else {
            let shownSuffix = t[3].count > 12 ? t[3].prefix(12) + "..." : t[3]
            throw UNTCCellError(
                message:
                    "'\(t[..<3].joined(separator: " ")) \(shownSuffix)' in \(column) has text after the date that is not a letter such as A or a: a cell holds one date, optionally followed by one letter; remove '\(shownSuffix)'"
            )
        }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let written = "\(t[0]) \(t[1]) \(t[2])"
            let why =
                year == 0
                ? "there is no year 0"
                : day == 0
                    ? "there is no day 0"
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
