/// A calendar date with no time of day and no time zone, as treaty texts and
/// the depositary write dates.
///
/// Hand-written rather than built on Foundation's `Calendar`: every Foundation
/// date is an instant, and converting through one lets a time zone shift a
/// deposit by a day. Day arithmetic uses Howard Hinnant's days-from-civil
/// algorithm over the proleptic Gregorian calendar.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real calendar date, or nil (`2025-02-30`, month 13, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // MARK: Day numbers

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01; nil outside years 1–9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    // MARK: Arithmetic

    /// The first and last dates this type holds.
    public static let earliest = CivilDate(unchecked: 1, 1, 1)
    public static let latest = CivilDate(unchecked: 9999, 12, 31)

    /// Days later (or earlier, when negative). Saturates at 0001-01-01 and
    /// 9999-12-31 rather than trapping: `--as-of 9999-12-31` plus a treaty's
    /// 90 days must still give an answer (found by scripts/fuzz).
    public func adding(days: Int) -> CivilDate {
        let target = dayNumber.addingReportingOverflow(days)
        if target.overflow { return days < 0 ? .earliest : .latest }
        return CivilDate(dayNumber: target.partialValue) ?? (days < 0 ? .earliest : .latest)
    }

    /// Calendar months later; a day past the target month's end becomes its
    /// last day (2025-01-31 + 1 month = 2025-02-28). Saturates like `adding(days:)`.
    public func adding(months: Int) -> CivilDate {
        let index = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !index.overflow, index.partialValue >= 12, index.partialValue < 10_000 * 12 else {
            return months < 0 ? .earliest : .latest
        }
        let newYear = index.partialValue / 12
        let newMonth = index.partialValue % 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        return CivilDate(unchecked: newYear, newMonth, newDay)
    }

    /// Calendar years later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CivilDate {
        let months = years.multipliedReportingOverflow(by: 12)
        return months.overflow ? (years < 0 ? .earliest : .latest) : adding(months: months.partialValue)
    }

    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    public var firstOfMonth: CivilDate { CivilDate(unchecked: year, month, 1) }
    public var firstOfNextMonth: CivilDate { firstOfMonth.adding(months: 1) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Text

    /// `YYYY-MM-DD`, written digit by digit: this runs for every row of an import.
    public var description: String {
        let digit = { (n: Int) in UInt8(48 + n % 10) }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), 45)
            (bytes[5], bytes[6], bytes[7], bytes[8], bytes[9]) = (digit(month / 10), digit(month), 45, digit(day / 10), digit(day))
            return 10
        }
    }

    /// Parses exactly `YYYY-MM-DD`; the error says which of form or calendar is wrong.
    public static func parse(_ text: String) throws(DateError) -> CivilDate {
        // The UTF-8 in place, not copied to an array: this runs for every
        // row of an import.
        var text = text
        let fields = text.withUTF8 { bytes -> (Int, Int, Int)? in
            let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
            guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,
                bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || isDigit(bytes[$0]) })
            else { return nil }
            let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
            return (number(0..<4), number(5..<7), number(8..<10))
        }
        guard let (y, m, d) = fields else { throw .malformed(text) }
        guard let date = CivilDate(year: y, month: m, day: d) else {
            if y == 0 { throw .impossible(text, "there is no year 0") }
            if !(1...12).contains(m) { throw .impossible(text, "there is no month \(m)") }
            throw .impossible(text, "\(monthNames[m - 1]) \(y) has \(daysIn(month: m, year: y)) days")
        }
        return date
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

extension CivilDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CivilDate.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
