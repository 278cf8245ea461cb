/// One step of a treaty's date arithmetic ("the ninetieth day after",
/// "the first day of the month following"), as the treaty-definition JSON
/// writes it: `+90d`, `+3m`, `+1y`, `first-of-month`, `first-of-next-month`.
public enum Step: Hashable, Sendable, CustomStringConvertible {
    case days(Int)
    case months(Int)
    case years(Int)
    case firstOfMonth
    case firstOfNextMonth

    public init?(_ text: String) {
        switch text {
        case "first-of-month": self = .firstOfMonth
        case "first-of-next-month": self = .firstOfNextMonth
        default:
            guard text.count >= 3, text.count <= 8, text.first == "+", let unit = text.last,
                text.dropFirst().dropLast().allSatisfy(\.isASCIIDigit),
                let n = Int(text.dropFirst().dropLast())
            else { return nil }
            // No treaty waits more than a century: larger steps are typing errors.
            switch unit {
            case "d" where n <= Self.maximumDays: self = .days(n)
            case "m" where n <= Self.maximumYears * 12: self = .months(n)
            case "y" where n <= Self.maximumYears: self = .years(n)
            default: return nil
            }
        }
    }

    public var description: String {
        switch self {
        case .days(let n): "+\(n)d"
        case .months(let n): "+\(n)m"
        case .years(let n): "+\(n)y"
        case .firstOfMonth: "first-of-month"
        case .firstOfNextMonth: "first-of-next-month"
        }
    }

    public func apply(to date: CivilDate) -> CivilDate {
        switch self {
        case .days(let n): date.adding(days: n)
        case .months(let n): date.adding(months: n)
        case .years(let n): date.adding(years: n)
        case .firstOfMonth: date.firstOfMonth
        case .firstOfNextMonth: date.firstOfNextMonth
        }
    }

    public static let maximumYears = 100
    public static let maximumDays = 36_525

    public static let expectedForm =
        "a step: +Nd, +Nm, +Ny (at most 36525 days, 1200 months, 100 years), first-of-month or first-of-next-month"
}

extension Array where Element == Step {
    /// Applies the steps in order.
    public func apply(to date: CivilDate) -> CivilDate {
        reduce(date) { $1.apply(to: $0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
