import ArgumentParser
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where a treaty stands: counts, threshold, entry into force, participants.",
        discussion: """
            --assume STATE=DATE[:ACTION] adds a hypothetical instrument (default action: ratification) \
            for a projection: "if these deposit on these dates, when does it enter into force?". \
            Repeat it for several participants. An assumed instrument counts from its own date, even after \
            --as-of (the projection is then the status on the last assumed date); it follows the treaty's \
            rules like a recorded one (a ratification needs a signature), and one for a participant already \
            bound is refused. Assumed rows are marked. Nothing is recorded.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption
    @Flag(help: "Print the contract's JSON object (with --all, a list of them).") var json = false
    @Flag(help: "Every treaty in the database, one line (or JSON object) each.") var all = false
    @OptionGroup var assume: AssumeOption

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if all && (treaty.id != nil || !assume.assumptions.isEmpty) {
            throw UsageError("--all excludes --treaty and --assume", command: "status")
        }
    }

    func run() throws {
        try checkOptions()
        let language = try self.language.resolved()
        if all { return try runAll(language: language) }
        let asOfDate = try asOf.resolved()
        let assumed = try assume.actions(command: "status", directory: .builtIn)
        let store = try database.openStoreForReading()
        defer { store.close() }
        let (definition, actions) = try AssumeOption.projectedRecord(assumed, of: treaty.id, in: store)
        let status = Projection.status(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        if json {
            Terminal.out(try JSONOutput.string(status))
        } else {
            Terminal.out(
                StatusText.render(
                    status, style: Terminal.stdoutStyle, language: language, width: TerminalWidth.stdout,
                    title: LanguageOption.title(of: definition, in: language), directory: store.directory))
        }
    }

    /// Streamed a treaty at a time: the JSON is written as each status is
    /// computed; the table needs every row for its widths, and a row is small.
    func runAll(language: ReportLanguage) throws {
        let asOfDate = try asOf.resolved()
        let store = try database.openStoreForReading()
        defer { store.close() }
        var list = JSONArrayWriter(write: Terminal.out)
        var statuses: [(status: TreatyStatus, title: String)] = []
        try store.forEachTreaty { treaty, actions in
            let s = Engine.status(of: treaty.definition, actions: actions, asOf: asOfDate, directory: store.directory)
            if json { return try list.append(s) }
            statuses.append((s, LanguageOption.title(of: treaty.definition, in: language)))
        }
        if json { return list.finish() }
        Terminal.out(StatusText.renderAll(statuses, style: Terminal.stdoutStyle, language: language, width: TerminalWidth.stdout))
    }
}

extension Status: Exemplified {
    static let examples = [
        "ratify status --json --as-of 2026-12-31",
        "ratify status --assume FRA=2027-03-01 --assume DEU=2027-03-02:accession",
    ]
}
