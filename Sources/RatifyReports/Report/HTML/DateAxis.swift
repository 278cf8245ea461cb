import RatifyCore

/// Ticks for a dated axis that stays readable from a few days of data to a
/// century: the finest spacing (days, weeks, months, quarters, years) that
/// puts no more than `maxLabels` ticks on the span, each on a round date
/// (a Monday, the first of a month or quarter, the first of January).
public enum DateAxis {
    public enum Unit: String, Sendable, Equatable { case day, week, month, quarter, year }

    public struct Tick: Sendable, Equatable {
        public var date: CivilDate
        public var label: String
    }

    public struct Scale: Sendable, Equatable {
        public var unit: Unit
        /// Units between ticks: 2 with `.week` is a tick every other Monday.
        public var step: Int
        public var ticks: [Tick]
    }

    /// The spacings tried, finest first.
    static let spacings: [(Unit, Int)] = [
        (.day, 1), (.day, 2), (.week, 1), (.week, 2), (.month, 1), (.month, 2), (.quarter, 1), (.quarter, 2),
        (.year, 1), (.year, 2), (.year, 5), (.year, 10), (.year, 20), (.year, 50), (.year, 100), (.year, 200),
        (.year, 500), (.year, 1000),
    ]

    /// The ticks on `start...end` (inclusive; swapped if given backwards).
    public static func scale(from start: CivilDate, to end: CivilDate, maxLabels: Int = 8) -> Scale {
        let (start, end) = start <= end ? (start, end) : (end, start)
        let limit = max(1, maxLabels)
        for (unit, step) in spacings {
            // Counted before the dates are built, so a long span never builds a long list.
            if estimatedCount(unit, step, start, end) > limit + 1 { continue }
            let dates = tickDates(unit, step, start, end)
            if dates.count <= limit { return Scale(unit: unit, step: step, ticks: labelled(dates, unit)) }
        }
        let dates = tickDates(.year, 1000, start, end)
        return Scale(unit: .year, step: 1000, ticks: labelled(dates, .year))
    }

    static func estimatedCount(_ unit: Unit, _ step: Int, _ start: CivilDate, _ end: CivilDate) -> Int {
        let days = start.days(until: end)
        return switch unit {
        case .day: days / step
        case .week: days / (7 * step)
        case .month: days / (31 * step)
        case .quarter: days / (92 * step)
        case .year: days / (366 * step)
        }
    }

    static func tickDates(_ unit: Unit, _ step: Int, _ start: CivilDate, _ end: CivilDate) -> [CivilDate] {
        var dates: [CivilDate] = []
        switch unit {
        case .day, .week:
            // 1970-01-05 (day 4) was a Monday; day ticks are aligned on day 0.
            let period = unit == .day ? step : 7 * step
            let origin = unit == .day ? 0 : 4
            var n = start.dayNumber
            let offset = ((n - origin) % period + period) % period
            if offset != 0 { n += period - offset }
            while n <= end.dayNumber, let date = CivilDate(dayNumber: n) {
                dates.append(date)
                n += period
            }
        case .month, .quarter:
            let months = unit == .month ? step : 3 * step
            var index = start.year * 12 + (start.month - 1)
            if start.day != 1 { index += 1 }
            index += ((-index) % months + months) % months
            while let date = CivilDate(year: index / 12, month: index % 12 + 1, day: 1), date <= end {
                dates.append(date)
                index += months
            }
        case .year:
            var year = start.month == 1 && start.day == 1 ? start.year : start.year + 1
            year += ((-year) % step + step) % step
            while let date = CivilDate(year: year, month: 1, day: 1), date <= end {
                dates.append(date)
                year += step
            }
        }
        return dates
    }

    /// "3 Nov" (with the year on the first tick and where it changes) for days
    /// and weeks, "Nov 2025" for months and quarters, "2027" for years.
    /// In the language of `strings` (Vietnamese: "3/11", "11/2025").
    static func labelled(_ dates: [CivilDate], _ unit: Unit, strings: any ReportStrings = EnglishStrings(isoDates: false)) -> [Tick] {
        var previousYear: Int?
        return dates.map { date in
            let label: String
            switch unit {
            case .day, .week:
                label = strings.axisDay(date, withYear: previousYear != date.year)
            case .month, .quarter:
                label = strings.axisMonth(date)
            case .year:
                label = "\(date.year)"
            }
            previousYear = date.year
            return Tick(date: date, label: label)
        }
    }
}
