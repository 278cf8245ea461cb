import ArgumentParser
import Foundation
import RatifyCore

/// Options every command shares: where the database is.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $RATIFY_DB, else $XDG_DATA_HOME/ratify/ratify.sqlite).", valueName: "path"),
        completion: Completions.files)
    var path: String?

    /// `--db`, else `$RATIFY_DB`, else `$XDG_DATA_HOME/ratify/ratify.sqlite`
    /// (`XDG_DATA_HOME` defaults to `$HOME/.local/share`; `HOME` as the
    /// environment has it, which Foundation's home directory does not follow
    /// when it differs from the password file's).
    var resolvedPath: String {
        if let path, !path.isEmpty { return path }
        let env = ProcessInfo.processInfo.environment
        if let path = env["RATIFY_DB"], !path.isEmpty { return path }
        let dataHome =
            env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("ratify/ratify.sqlite")
    }
}
