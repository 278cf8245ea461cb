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

    /// For a command that writes: it may look back (replaying history), but
    /// an --as-of after today would let a date after today into the record,
    /// which `check` then finds (64). RATIFY_TODAY moves today itself.
    func resolvedForWriting(command: String) throws -> CivilDate {
        let today = try Clock.today()
        guard let date else { return today }
        let asOf = try CivilDate.parse(date)
        if asOf > today {
            throw UsageError(
                "--as-of \(asOf) is after today (\(today)): a command that writes may replay an earlier day, never a later one",
                command: command)
        }
        return asOf
    }
}
