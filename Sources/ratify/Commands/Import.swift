import ArgumentParser
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct Import: ParsableCommand {
    /// The formats it reads.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, untc
    }

    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import actions from a file, all or nothing.",
        discussion: """
            CSV: a header line, then one action a line. Columns state, action, date are required; \
            reference, note and treaty are optional. Lines starting with # before the header are comments. \
            JSON: what 'ratify export --format json' writes. \
            UNTC: the depositary's status table from the UN Treaty Collection, as text copied from the page \
            (tab-separated), saved as CSV, the saved HTML page, or the MTDSG XML, detected by content. Its changes are shown \
            as a diff first; a date that differs from the recorded one is a conflict that fails the import unless \
            --accept-depositary records the depositary's date as a correction. The depositary is the authority: a fact \
            of its table that breaks a rule is recorded with a warning and marked as recorded by the depositary. \
            The rules are checked against the record as it would stand after the whole file; one bad row \
            and nothing is written, every bad row reported as FILE:LINE: message. A row equal to an action \
            already recorded is skipped, so importing the same file twice changes nothing. \
            FILE is read as a stream, so it may also be a FIFO, a process substitution or - (standard input). \
            Limits (exit 65 past them): a CSV record (a row, line breaks inside quotes included) of 1 MiB, \
            a CSV header of 64 columns, a JSON or depositary file of 128 MiB (CSV streams: any number of rows), \
            a reference of 4 KiB and a note of 256 KiB. \
            Spaces, tabs and no-break spaces around an unquoted CSV field are trimmed; inside quotes they are kept.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The file to import, or - for standard input.", completion: Completions.files) var file: String
    @OptionGroup var treaty: TreatyOption
    @Option(help: "csv, json or untc (default: by the file's extension, else csv).") var format: Format?
    @Flag(help: "Report what would change and write nothing.") var dryRun = false
    @Flag(help: "untc: where the depositary's date differs from the recorded one, record the depositary's as a correction.")
    var acceptDepositary = false
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    func run() throws {
        let chosen = format ?? (file.lowercased().hasSuffix(".json") ? .json : .csv)
        // CSV streams (the parser reads it on its own thread); a JSON
        // document or a depositary table is read whole.
        let chunks = chosen == .csv ? try InputChunks(file) : nil
        let input = chosen == .csv ? nil : try InputFile.read(file)
        let source = chunks?.source ?? input!.source
        let store = try database.openStore()
        defer { store.close() }
        let defaultTreaty = try store.treaty(treaty.id).definition.id
        let known = try store.treatyIDs()
        let text = try input.map { try TextDecoding.utf8($0.bytes, source: source) }
        if chosen == .untc, let text {
            return try importDepositaryTable(text, source: source, treaty: defaultTreaty, store: store)
        }
        let today = try asOf.resolvedForWriting(command: "import")
        let counts = try store.importActions(today: today, dryRun: dryRun, keepAdded: dryRun) { emit in
            if let chunks {
                try CSVActionReader(source: source, defaultTreaty: defaultTreaty, knownTreaties: known).read(
                    chunks: chunks.next, each: emit)
            } else {
                for pending in try JSONActionReader(source: source, knownTreaties: known).read(text ?? "") { try emit(pending) }
            }
        }
        guard !quiet || dryRun else { return }
        for pending in counts.addedActions {
            let a = pending.action
            Terminal.out(
                "would add: \(a.provenance.location): \(store.directory.displayName(a.participant)) \(a.kind.rawValue) \(a.date) [\(pending.treaty)]\n"
            )
        }
        for correction in counts.correctedActions {
            let a = correction.replacement
            Terminal.out(
                "would correct #\(correction.supersedes): \(store.directory.displayName(a.participant)) \(a.kind.rawValue) \(a.date): \(correction.reason)\n"
            )
        }
        let corrected = counts.corrected > 0 ? ", \(counts.corrected) corrected (a new reference or note)" : ""
        Terminal.out(
            "\(source): \(counts.added) new\(corrected), \(counts.unchanged) unchanged\(dryRun ? " (dry run: nothing written)" : "")\n")
    }

    /// The depositary's table: the diff first (stdout), then, unless a
    /// conflict stops it or this is a dry run, everything in the same
    /// transaction the diff was computed in. What the table holds that
    /// ratify does not record is named once (a notice), and each fact that
    /// breaks a rule is recorded with a warning (both on stderr).
    func importDepositaryTable(_ text: String, source: String, treaty: String, store: Store) throws {
        let reading = try UNTCTableReader(source: source, directory: store.directory).readTable(text)
        for notice in reading.notices {
            Terminal.err(Provenance(source: notice.source, line: notice.line).location + ": notice: " + notice.message)
        }
        let directory = store.directory
        let result = try store.recordDepositaryTable(
            reading.entries, treaty: treaty, source: source, acceptDepositary: acceptDepositary,
            today: try asOf.resolvedForWriting(command: "import"),
            dryRun: dryRun
        ) { diff in
            guard !quiet || dryRun else { return }
            for pending in diff.newActions {
                let a = pending.action
                let what = a.kind == .signature ? "new signature" : a.kind.isConsent ? "new instrument" : "new action"
                Terminal.out("\(what): \(a.provenance.location): \(directory.displayName(a.participant)) \(a.kind.rawValue) \(a.date)\n")
            }
            // A conflict that refuses the import is said once, on stderr, by
            // the error; one the depositary's date settles is part of the diff.
            for conflict in diff.conflicts where acceptDepositary {
                Terminal.out("corrected: \(conflict.depositary.provenance.location): \(conflict.describe(directory))\n")
            }
        }
        for deviation in result.outcome.deviations {
            Terminal.err(
                deviation.depositaryLine(
                    name: directory[deviation.action.participant]?.name ?? deviation.action.participant, tag: "warning"))
        }
        let refused = !acceptDepositary && !result.diff.conflicts.isEmpty
        DepositaryNotices.notInTable(result.diff.notInTable, source: source, directory: directory)
        if !quiet || dryRun {
            let conflicts = result.diff.conflicts.count
            let corrected = conflicts == 0 ? "" : refused ? ", \(conflicts) in conflict" : ", \(conflicts) corrected"
            let unchanged = result.diff.unchanged + result.outcome.unchanged.count
            let deviations = Set(result.outcome.deviations.compactMap(\.action.id)).count
            let asStated = deviations == 0 ? "" : ", \(deviations) recorded as the depositary states them although they break a rule"
            Terminal.out(
                "\(source): \(result.outcome.added.count) new\(corrected), \(unchanged) unchanged\(asStated)\(dryRun ? " (dry run: nothing written)" : "")\n"
            )
        }
        // Only a dry run gets here with a conflict left: the import itself would be refused.
        if refused { throw DepositaryConflicts(diff: result.diff, source: source, directory: directory) }
    }
}

extension Import: Exemplified {
    static let examples = [
        "ratify import signatures.csv --dry-run          # what would change",
        "ratify import status-table.txt --format untc    # the depositary's table: the diff first",
    ]
}
