import ArgumentParser
import Foundation
import RatifyCore

/// "Today", for every command whose answer depends on it.
struct AsOfOption: ParsableArguments {
    // A String, parsed in `resolved`, so that an impossible date is bad
    // data (65) with the core's message rather than a usage error (64).
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to answer for, YYYY-MM-DD (default: today, local calendar).", valueName: "date"))
    var date: String?

    func resolved() throws -> CivilDate {
        guard let date else { return try Clock.today() }
        return try CivilDate.parse(date)
    }
}
