import ArgumentParser
import RatifyStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, load the reference data and the built-in treaty 'hanoi'.",
        discussion: "On an existing database it changes nothing and exits 0.")

    @OptionGroup var database: DatabaseOptions
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    func run() throws {
        let path = database.resolvedPath
        let (store, created) = try Store.initialize(at: path, now: Clock.now, busyTimeout: try database.busyTimeout())
        defer { store.close() }
        // Silent when nothing changed, so that an `init` in a cron script mails nothing.
        if created && !quiet { Terminal.err("created \(path) (default treaty: hanoi)") }
    }
}

extension Init: Exemplified {
    static let examples = [
        "ratify init                                   # $XDG_DATA_HOME/ratify/ratify.sqlite",
        "ratify --db /var/lib/ratify/ratify.sqlite init  # another database",
    ]
}
