import ArgumentParser
import RatifyStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite integrity and foreign keys, stored definitions, and every treaty rule over the record.",
        discussion: "Prints nothing and exits 0 when all is well; otherwise one finding a line on stdout and exit 65. Cron-friendly.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let store = try database.openStoreForReading()
        defer { store.close() }
        let findings = try store.check(today: try asOf.resolved())
        guard !findings.isEmpty else { return }
        for finding in findings { Terminal.out(finding.description + "\n") }
        throw CommandError.checkFound(count: findings.count, path: store.path)
    }
}

extension Check: Exemplified {
    static let examples = [
        "ratify check && echo \"all is well\""
    ]
}
