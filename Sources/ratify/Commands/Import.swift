import ArgumentParser
import RatifyCore
import RatifyReports
import RatifyStore

enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import actions from a file, all or nothing.",
        discussion: """
            CSV: a header line, then one action a line. Columns state, action, date are required; \
            reference, note and treaty are optional. Lines starting with # before the header are comments. \
            JSON: what 'ratify export --format json' writes. \
            The rules are checked against the record as it would stand after the whole file; one bad row \
            and nothing is written, every bad row reported as FILE:LINE: message. A row equal to an action \
            already recorded is skipped, so importing the same file twice changes nothing.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The file to import, or - for standard input.") var file: String
    @OptionGroup var treaty: TreatyOption
    @Option(help: "csv or json (default: by the file's extension, else csv).") var format: ImportFormat?
    @Flag(help: "Report what would change and write nothing.") var dryRun = false
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    func run() throws {
        let input = try InputFile.read(file)
        let store = try database.openStore()
        defer { store.close() }
        let defaultTreaty = try store.treaty(treaty.id).definition.id
        let known = try store.treatyIDs()
        let text = try TextDecoding.utf8(input.bytes, source: input.source)
        let chosen = format ?? (file.lowercased().hasSuffix(".json") ? .json : .csv)
        let batch: [PendingAction] = switch chosen {
        case .csv: try CSVActionReader(source: input.source, defaultTreaty: defaultTreaty, knownTreaties: known).read(text)
        case .json: try JSONActionReader(source: input.source, knownTreaties: known).read(text)
        }
        let outcome = try store.record(batch, today: try asOf.resolved(), dryRun: dryRun)
        guard !quiet || dryRun else { return }
        if dryRun {
            for pending in outcome.added {
                let a = pending.action
                Terminal.out("would add: \(a.provenance.location): \(store.directory.displayName(a.participant)) \(a.kind.rawValue) \(a.date) [\(pending.treaty)]\n")
            }
        }
        Terminal.out("\(input.source): \(outcome.added.count) new, \(outcome.unchanged.count) unchanged\(dryRun ? " (dry run: nothing written)" : "")\n")
    }
}
