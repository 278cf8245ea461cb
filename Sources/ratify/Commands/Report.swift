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
            "What changed" is measured from the previous report of the same treaty in this database (each run \
            is remembered), or from --since DATE (actions dated on or after it; nothing is remembered). \
            Identical input and --as-of give identical output.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @OptionGroup var asOf: AsOfOption
    @Option(help: "text, markdown, json or html (one self-contained page with a chart).") var format: Format = .text
    @Option(help: "Write to this file (atomically) instead of stdout.") var output: String?
    @Option(help: "Report the actions dated on or after this date as the changes, YYYY-MM-DD.") var since: String?

    func run() throws {
        let asOfDate = try asOf.resolved()
        let sinceDate = try since.map { try CivilDate.parse($0) }
        let store = try database.openStore()
        defer { store.close() }
        let snapshot = try store.reportSnapshot(of: treaty.id)
        let definition = snapshot.record.definition
        let actions = snapshot.record.actions
        let status = Engine.status(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        let window: DailyReport.Window
        let changes: [DailyReport.Change]
        if let sinceDate {
            window = .since(sinceDate)
            changes = actions.filter { $0.date >= sinceDate && $0.date <= asOfDate }
                .sorted(by: ActionRecord.chronological).map { DailyReport.Change(action: $0) }
        } else {
            window = snapshot.previousRun.map { .previousReport(ranAt: $0.ranAt) } ?? .firstReport
            changes = snapshot.recordedSince.map { DailyReport.Change(action: $0.action, corrects: $0.corrects, reason: $0.reason) }
        }
        let series = Engine.series(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        let report = DailyReport(status: status, window: window, changes: changes, actionsInEffect: actions, series: series)
        let text =
            switch format {
            case .text: ReportText.render(report, directory: store.directory)
            case .markdown: ReportMarkdown.render(report, directory: store.directory)
            case .json: try ReportJSON.render(report, directory: store.directory)
            case .html: ReportHTML.render(report, directory: store.directory)
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
        if remembered { try store.recordReportRun(treaty: definition.id, asOf: asOfDate, lastActionID: snapshot.lastActionID) }
    }
}
