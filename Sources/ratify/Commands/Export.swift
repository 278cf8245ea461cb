import ArgumentParser
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct Export: ParsableCommand {
    /// The formats it writes.
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the actions in effect, as CSV or JSON that 'ratify import' reads back.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @Flag(help: "Every treaty in the database.") var all = false
    @Option(help: "csv or json (default: by the --output file's extension, else csv).") var format: Format?
    @Option(help: "Write to this file instead of stdout.", completion: Completions.files) var output: String?

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if output?.isEmpty == true { throw UsageError("--output needs a file name, or '-' for standard output", command: "export") }
        if all && treaty.id != nil { throw UsageError("--all and --treaty exclude each other", command: "export") }
    }

    func run() throws {
        try checkOptions()
        let store = try database.openStoreForReading()
        defer { store.close() }
        var perTreaty: [(definition: TreatyDefinition, actions: [PendingAction])] = []
        func add(_ definition: TreatyDefinition, _ actions: [ActionRecord]) {
            perTreaty.append((definition, actions.map { PendingAction(treaty: definition.id, action: $0) }))
        }
        if all {
            try store.forEachTreaty { add($0.definition, $1) }
        } else {
            let record = try store.record(of: treaty.id)
            add(record.definition, record.actions)
        }
        // As `import` chooses: what `export --output all.json` writes, `import all.json` reads.
        let chosen = format ?? (output.map { $0.lowercased().hasSuffix(".json") } == true ? .json : .csv)
        let text =
            switch chosen {
            case .csv: try ActionExport.csv(perTreaty.flatMap(\.actions))
            case .json: try ActionExport.json(perTreaty, directory: store.directory)
            }
        try OutputFile.write(text, to: output)
    }
}

extension Export: Exemplified {
    static let examples = [
        "ratify export --format csv > backup.csv       # imports back to the same export",
        "ratify export --all --format json --output all.json",
    ]
}
