import ArgumentParser
import RatifyCore
import RatifyReports
import RatifyStore

struct Report: ParsableCommand {
    /// The formats it writes.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, html }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The daily summary: where the treaty stands, what changed, the latest actions, the regional breakdown.",
        discussion: """
            "What changed" (actions recorded, corrections and voids) is measured from the previous report of the \
            same treaty and channel in this database (each run is remembered), or from --since DATE (actions dated \
            on or after it; nothing is remembered). The channel is the format (with the language unless it is \
            English or JSON: html-vi) unless --channel names one, so an HTML page rebuilt every hour does not empty \
            the morning mail, nor the Vietnamese page the English one. Identical input and --as-of give identical output.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption
    @Option(help: "text, markdown, json or html (one self-contained page with a chart and a world map).") var format: Format = .text
    @Option(help: "Write to this file (atomically) instead of stdout.", completion: Completions.files) var output: String?
    @Option(help: "Report the actions dated on or after this date as the changes, YYYY-MM-DD.") var since: String?
    @Option(
        help: ArgumentHelp(
            "Measure what changed from this channel's previous report (default: the format's, e.g. html, or html-vi in Vietnamese), e.g. morning-mail.",
            valueName: "name"))
    var channel: String?

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if output?.isEmpty == true { throw UsageError("--output needs a file name, or '-' for standard output", command: "report") }
        if since != nil && channel != nil {
            throw UsageError("--since excludes --channel: a report with --since is not remembered", command: "report")
        }
        if let channel,
            channel.isEmpty || channel.count > 64
                || !channel.unicodeScalars.allSatisfy({
                    $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
                })
        {
            throw UsageError(
                "--channel takes a name of letters, digits, '-', '_' and '.' (at most 64), e.g. morning-mail; got '\(channel)'",
                command: "report")
        }
    }

    func run() throws {
        try checkOptions()
        let asOfDate = try asOf.resolved()
        let language = try self.language.resolved()
        let sinceDate = try since.map { try CivilDate.parse($0) }
        let channelName = channel ?? Self.defaultChannel(format: format, language: language)
        let store = try database.openStore()
        defer { store.close() }
        let snapshot = try store.reportSnapshot(of: treaty.id, channel: channelName)
        let definition = snapshot.record.definition
        let actions = snapshot.record.actions
        let status = Engine.status(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        let window: DailyReport.Window
        var changes: [DailyReport.Change]
        var previous: DailyReport.Counts?
        if let sinceDate {
            window = .since(sinceDate)
            changes = actions.filter { $0.date >= sinceDate && $0.date <= asOfDate }.map { DailyReport.Change(action: $0) }
        } else {
            window = snapshot.previousRun.map { .previousReport(ranAt: $0.ranAt) } ?? .firstReport
            changes = snapshot.recordedSince.map(Self.change)
            // A void of an action recorded in the window is said on its row.
            let listed = Set(snapshot.recordedSince.compactMap(\.action.id))
            changes += snapshot.voidedSince.filter { !listed.contains($0.action.id ?? -1) }.map {
                DailyReport.Change(action: $0.action, kind: .voided(reason: $0.reason))
            }
            previous = snapshot.previousRun.map { run in
                DailyReport.Counts(
                    Engine.status(of: definition, actions: snapshot.actionsAtPreviousRun, asOf: run.asOf, directory: store.directory))
            }
        }
        let series = Engine.series(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        let report = DailyReport(
            status: status, window: window, changes: changes, actionsInEffect: actions, series: series,
            title: LanguageOption.title(of: definition, in: language), previous: previous,
            forecast: Forecaster.forecast(treaty: definition, actions: actions, asOf: asOfDate, directory: store.directory))
        let text =
            switch format {
            case .text:
                ReportText.render(
                    report, directory: store.directory, language: language,
                    width: output == nil || output == "-" ? TerminalWidth.stdout : nil)
            case .markdown: ReportMarkdown.render(report, directory: store.directory, language: language)
            case .json: try ReportJSON.render(report, directory: store.directory)
            case .html: ReportHTML.render(report, directory: store.directory, language: language)
            }
        // Remembered only once the report is out, so a failed write is reported again;
        // never for a day not yet come, whose report would hide the changes until then.
        let today = try Clock.today()
        let remembered = sinceDate == nil && asOfDate <= today
        try OutputFile.write(
            text, to: output, consequence: "the output is incomplete\(remembered ? "; this report is not remembered" : "")")
        if sinceDate == nil && !remembered {
            Terminal.err("ratify: --as-of \(asOfDate) is after today (\(today)): this report is not remembered as the previous one")
        }
        if remembered {
            try store.recordReportRun(
                treaty: definition.id, channel: channelName, asOf: asOfDate, lastActionID: snapshot.lastActionID,
                lastVoidingID: snapshot.lastVoidingID)
        }
    }

    /// The channel a report is remembered under without `--channel`: the format,
    /// and the language when it is not English, so that the Vietnamese page keeps
    /// its own previous report beside the English one. JSON does not change with
    /// the language, so it stays one channel; English keeps the names of the
    /// channels from before languages ("html", "text").
    static func defaultChannel(format: Format, language: ReportLanguage) -> String {
        format == .json || language == .english ? format.rawValue : "\(format.rawValue)-\(language.rawValue)"
    }

    /// A recorded action as a change: new or a correction, and what became of it since.
    static func change(_ recorded: ReportSnapshot.RecordedAction) -> DailyReport.Change {
        DailyReport.Change(
            action: recorded.action,
            kind: recorded.corrects.map { .correction(of: $0, reason: recorded.reason ?? "") } ?? .recorded,
            fate: recorded.supersededBy.map { .correctedBy($0) } ?? recorded.voidReason.map { .voided(reason: $0) })
    }
}

extension Report: Exemplified {
    static let examples = [
        "ratify report --channel morning-mail           # text, for mail; changes since the last mail",
        "ratify report --format html --lang vi --output trang.html",
    ]
}
