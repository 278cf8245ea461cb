import Foundation
import RatifyCore

/// The clock, read only here: the core takes today as a parameter.
enum Clock {
    /// `RATIFY_TODAY=YYYY-MM-DD` sets the date ratify takes as today, as
    /// git's `GIT_COMMITTER_DATE` sets a commit's: to replay a day, and to run
    /// the test suite with today moved (`scripts/test` does, years ahead and
    /// behind).
    static let todayVariable = "RATIFY_TODAY"

    /// Today: `$RATIFY_TODAY`, else the local calendar date.
    static func today() throws -> CivilDate {
        if let fixed = ProcessInfo.processInfo.environment[todayVariable], !fixed.isEmpty {
            do { return try CivilDate.parse(fixed) } catch {
                throw CommandError.badEnvironment(name: todayVariable, value: fixed, expected: "\(error); unset it to use the local date")
            }
        }
        return localDate()
    }

    /// The local calendar date as the C library reads `TZ` (POSIX rules such
    /// as `XYZ-14` or `UTC+14`, and `:Area/City` files), like `date` does;
    /// Foundation's time zones fall back to UTC on those.
    static func localDate() -> CivilDate {
        tzset()
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    /// `recorded_at` stamps; `RATIFY_NOW` fixes them for reproducible tests.
    static let now: @Sendable () -> String = {
        if let fixed = ProcessInfo.processInfo.environment["RATIFY_NOW"], !fixed.isEmpty { return fixed }
        return Date().formatted(.iso8601)
    }
}
