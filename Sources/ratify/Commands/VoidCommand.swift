import ArgumentParser
import RatifyCore
import RatifyStore

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Take a recorded action out of effect, with the reason; it stays in the history.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The id of the action (see 'ratify history').") var id: Int64
    @Option(help: "Why: kept in the record (required).") var reason: String
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        guard !reason.allSatisfy(\.isWhitespace) else { throw UsageError("--reason must say why the action is void", command: "void") }
    }

    func run() throws {
        try checkOptions()
        let store = try database.openStore()
        defer { store.close() }
        let voided = try store.void(id: id, reason: reason, today: try asOf.resolvedForWriting(command: "void"))
        if !quiet {
            Terminal.out("void #\(id): \(store.directory.displayName(voided.participant)) \(voided.kind.rawValue) \(voided.date)\n")
        }
    }
}

extension VoidCommand: Exemplified {
    static let examples = [
        "ratify void 13 --reason \"entered against the wrong treaty\""
    ]
}
