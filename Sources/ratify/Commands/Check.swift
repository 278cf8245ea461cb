import ArgumentParser
import RatifyStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite integrity and foreign keys, stored definitions, and every treaty rule over the record.",
        discussion: """
            Prints nothing and exits 0 when all is well; otherwise one finding a line on stdout and exit 65. Cron-friendly. \
            A fact of a depositary table recorded although it breaks a rule (the depositary is the authority) is listed \
            as an accepted deviation, which is not an error: alone, they exit 0.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let store = try database.openStoreForReading()
        defer { store.close() }
        let findings = try store.check(today: try asOf.resolved(), replaying: asOf.date != nil)
        guard !findings.isEmpty else { return }
        for finding in findings { Terminal.out(finding.description + "\n") }
        let errors = findings.filter { !$0.accepted }.count
        if errors > 0 { throw CommandError.checkFound(count: errors, path: store.path) }
    }
}

extension Check: Exemplified {
    static let examples = [
        "ratify check && echo \"all is well\""
    ]
}
