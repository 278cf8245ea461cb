import Foundation
import RatifyCore

/// The day the suite takes as today, and dates derived from it, so that no
/// test depends on the day it runs. It is `RATIFY_TODAY` when set (as
/// `scripts/test` sets it to run the suite with today moved years ahead and
/// behind), else the local date; every sandbox passes it on to the binary.
enum TestDay {
    static let date: CivilDate = {
        if let fixed = ProcessInfo.processInfo.environment["RATIFY_TODAY"], !fixed.isEmpty {
            return try! CivilDate.parse(fixed)
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }()

    static var today: String { date.description }

    /// `n` days from today (negative: before it), `YYYY-MM-DD`.
    static func days(_ n: Int) -> String { date.adding(days: n).description }

    /// The day the fixed scenarios (`fixtures/scenario-*.csv`, dated up to
    /// November 2026) are replayed on: a sandbox that records them takes it
    /// as today, whatever the day the suite runs.
    static let scenarioToday = "2026-11-23"

    /// `n` days from `scenarioToday`.
    static func scenarioDay(_ n: Int) -> String { try! CivilDate.parse(scenarioToday).adding(days: n).description }
}
