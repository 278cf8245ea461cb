import ArgumentParser
import RatifyCore
import RatifyStore

struct Correct: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a recorded action: a new record replaces it, the original stays in the history.",
        discussion: "Give the action's id (see 'ratify history') and at least one new value, with the reason.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The id of the action to correct.") var id: Int64
    @Option(help: "Why: kept in the record (required).") var reason: String
    @Option(help: "The right action.", completion: Completions.actionKinds) var action: String?
    @Option(help: "The right date, YYYY-MM-DD.") var date: String?
    @Option(name: .customLong("ref"), help: "The right depositary reference.") var reference: String?
    @Option(help: "The right note.") var note: String?
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw UsageError("--reason must say why the record is corrected", command: "correct")
        }
        guard action != nil || date != nil || reference != nil || note != nil else {
            throw UsageError("give at least one of --action, --date, --ref, --note", command: "correct")
        }
    }

    func run() throws {
        try checkOptions()
        let kind = try action.map { try ActionKind.parse($0) }
        let newDate = try date.map { try CivilDate.parse($0) }
        let store = try database.openStore()
        defer { store.close() }
        let corrected = try store.correct(id: id, reason: reason, today: try asOf.resolvedForWriting(command: "correct")) { a in
            if let kind { a.kind = kind }
            if let newDate { a.date = newDate }
            if let reference { a.reference = reference.isEmpty ? nil : reference }
            if let note { a.note = note.isEmpty ? nil : note }
        }
        if !quiet {
            Terminal.out(
                "corrected #\(id) as #\(corrected.id ?? 0): \(store.directory.displayName(corrected.participant)) \(corrected.kind.rawValue) \(corrected.date)\n"
            )
        }
    }
}

extension Correct: Exemplified {
    static let examples = [
        "ratify correct 12 --date 2025-10-25 --reason \"UNTC shows 25 Oct\"",
        "ratify correct 14 --ref C.N.45.2026.TREATIES-XVIII.16 --reason \"reference from the depositary\"",
    ]
}
