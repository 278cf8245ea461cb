import ArgumentParser
import Foundation

@main
struct Ratify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratify",
        abstract: "Track signatures and ratifications of a treaty, and when it enters into force.",
        discussion: """
            The database is --db PATH, else $RATIFY_DB, else $XDG_DATA_HOME/ratify/ratify.sqlite. \
            Start with 'ratify init'. Dates are calendar dates, YYYY-MM-DD.
            Exit codes: 0 success, 64 usage, 65 bad data, 66 no database or input file, \
            73 cannot create the database, 74 I/O error, 75 busy or delivery failed (try again), \
            78 database from a newer ratify.
            Environment: RATIFY_DB (the database), RATIFY_TODAY (YYYY-MM-DD: the date taken as today), \
            RATIFY_BUSY_TIMEOUT (seconds a write waits, 0 to 86400, default 10), RATIFY_LANG (en or vi: the language of \
            status and reports, else LANG's when Vietnamese), NO_COLOR, COLUMNS. \
            A failed write to stdout is exit 74, and nothing the output stood for is marked done.
            """,
        version: RatifyVersion.description,
        subcommands: [
            Init.self, Record.self, Import.self, Status.self, ForecastCommand.self, History.self, Correct.self, VoidCommand.self,
            Export.self, Report.self, Alert.self, TreatyCommand.self, Backup.self, Check.self,
        ]
    )

    @OptionGroup var database: DatabaseOptions

    /// Parses, runs, and maps every failure to its exit code and message in
    /// one place (ErrorReporting), instead of ArgumentParser's default.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            // Output lost on the way is a failure (74), never exit 0.
            try Terminal.finish()
        } catch {
            ErrorReporting.exit(with: error)
        }
    }
}

extension Ratify: Exemplified {
    static let examples = [
        "ratify init && ratify import hanoi-signatures.csv   # a database with the Hanoi signatures",
        "ratify status                                       # where the default treaty stands",
    ]
}
