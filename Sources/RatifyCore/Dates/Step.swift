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
            guard text.count >= 3, text.first == "+", let unit = text.last,
                  let n = Int(text.dropFirst().dropLast()), n >= 0, n <= 100_000,
                  text.dropFirst().dropLast().allSatisfy(\.isASCIIDigit)
            else { return nil }
            switch unit {
            case "d": self = .days(n)
            case "m": self = .months(n)
            case "y": self = .years(n)
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

    public static let expectedForm = "a step: +Nd, +Nm, +Ny, first-of-month or first-of-next-month"
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
