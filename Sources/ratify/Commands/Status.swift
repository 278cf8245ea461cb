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
            Repeat it for several participants. Nothing is recorded.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption
    @Flag(help: "Print the contract's JSON object (with --all, a list of them).") var json = false
    @Flag(help: "Every treaty in the database, one line (or JSON object) each.") var all = false
    @Option(name: .customLong("assume"), help: ArgumentHelp("A hypothetical deposit, STATE=DATE[:ACTION].", valueName: "state=date"))
    var assumptions: [String] = []

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if all && (treaty.id != nil || !assumptions.isEmpty) { throw UsageError("--all excludes --treaty and --assume", command: "status") }
    }

    func run() throws {
        try checkOptions()
        let language = try self.language.resolved()
        if all { return try runAll(language: language) }
        let assumed = try assumptions.map { try Self.assumption($0, directory: .builtIn) }
        let store = try database.openStoreForReading()
        defer { store.close() }
        let record = try store.record(of: treaty.id)
        let status = Engine.status(
            of: record.definition, actions: record.actions + assumed, asOf: try asOf.resolved(), directory: store.directory)
        if json {
            Terminal.out(try JSONOutput.string(status))
        } else {
            Terminal.out(
                StatusText.render(
                    status, style: Terminal.stdoutStyle, language: language, width: TerminalWidth.stdout,
                    title: LanguageOption.title(of: record.definition, in: language), directory: store.directory))
        }
    }

    /// `STATE=DATE[:ACTION]` as a hypothetical action.
    static func assumption(_ text: String, directory: ParticipantDirectory) throws -> ActionRecord {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw UsageError("--assume takes STATE=DATE[:ACTION], e.g. --assume FRA=2027-03-01:approval; got '\(text)'", command: "status")
        }
        let rest = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
        return ActionRecord(
            participant: try directory.lookup(parts[0]).code,
            kind: rest.count == 2 ? try ActionKind.parse(rest[1]) : .ratification,
            date: try CivilDate.parse(rest[0]),
            note: "assumed", provenance: Provenance(source: "--assume"))
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
