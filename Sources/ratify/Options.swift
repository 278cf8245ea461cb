import ArgumentParser
import Foundation
import RatifyCore

/// Options every command shares: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file (default: $RATIFY_DB, else $XDG_DATA_HOME/ratify/ratify.sqlite).", valueName: "path"))
    var path: String?

    /// `--db`, else `$RATIFY_DB`, else `$XDG_DATA_HOME/ratify/ratify.sqlite`
    /// (`XDG_DATA_HOME` defaults to `~/.local/share`).
    var resolvedPath: String {
        if let path, !path.isEmpty { return path }
        let env = ProcessInfo.processInfo.environment
        if let path = env["RATIFY_DB"], !path.isEmpty { return path }
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("ratify/ratify.sqlite")
    }
}

struct TreatyOption: ParsableArguments {
    @Option(name: .customLong("treaty"), help: ArgumentHelp("The treaty's id (default: the database's default treaty).", valueName: "id"))
    var id: String?
}

/// "Today", for every command whose answer depends on it.
struct AsOfOption: ParsableArguments {
    // A String, parsed in `resolved`, so that an impossible date is bad
    // data (65) with the core's message rather than a usage error (64).
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to answer for, YYYY-MM-DD (default: today, local calendar).", valueName: "date"))
    var date: String?

    func resolved() throws -> CivilDate {
        guard let date else { return try Clock.today() }
        return try CivilDate.parse(date)
    }
}
