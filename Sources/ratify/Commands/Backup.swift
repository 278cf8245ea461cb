import ArgumentParser
import RatifyStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file with SQLite's online backup, safe while others write.",
        discussion: """
            The copy is written beside FILE as .FILE.partial-PID and given its name only once complete, so \
            FILE is a whole copy or absent, never half of one. \
            Under cron: 30 2 * * * ratify backup /var/backups/ratify-$(date +\\%F).sqlite (silent on success).
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The new file (it must not exist).", completion: Completions.files) var file: String

    func checkOptions() throws {
        // SQLite writes a backup as a file it can reopen: never to stdout.
        if file.isEmpty || file == "-" {
            throw UsageError(
                "a backup needs the name of a new file\(file == "-" ? " ('-', standard output, cannot hold one)" : ""), e.g. ratify backup ratify-copy.sqlite",
                command: "backup")
        }
    }

    func run() throws {
        try checkOptions()
        let store = try database.openStoreForReading()
        defer { store.close() }
        try store.backup(to: file)
    }
}

extension Backup: Exemplified {
    static let examples = [
        "ratify backup /var/backups/ratify-$(date +%F).sqlite"
    ]
}
