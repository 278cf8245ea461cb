import RatifyCore
import RatifyFormats

/// The report as Markdown, for a wiki or an issue tracker.
public enum ReportMarkdown {
    public static func render(
        _ report: DailyReport, directory: ParticipantDirectory = .builtIn, language: ReportLanguage = .english
    ) -> String {
        let t = language.strings(.text)
        let s = report.status
        func participant(_ code: String) -> String { "\(escape(language.name(of: code, directory: directory))) (\(code))" }
        var out = "# \(escape(report.title))\n\n**\(escape(t.reportAsOf(s.asOf)))**. \(escape(t.headline(report)))\n\n"
        out += "`\(progressBar(s.counted, of: s.threshold, width: 30))` \(t.countOf(s.counted, s.threshold))\n\n"
        out += "| | |\n|---|---|\n"
        out += "| \(t.counted) | \(t.countOf(s.counted, s.threshold)) |\n| \(t.remaining) | \(t.number(s.remaining)) |\n"
        out += "| \(t.signatories) | \(t.number(s.signatories)) |\n| \(t.instrumentsInEffectLabel) | \(t.number(s.instruments)) |\n"
        out += "| \(t.thresholdReached) | \(s.thresholdReachedOn.map(t.tableDate) ?? t.notYet) |\n"
        out += "| \(t.entryIntoForce) | \(s.entryIntoForce.map(t.tableDate) ?? t.notYetKnown(earliest: s.earliestEntryIntoForce)) |\n"
        if let forecast = report.forecast, !forecast.isCertain {
            out += ForecastMarkdown.section(
                forecast, language: language, strings: language.forecastStrings(.text), severalConditions: s.conditions.count > 1,
                directory: directory)
        }

        out += "\n## \(escape(t.windowTitle(report.window)))\n\n"
        if let previous = report.previous, let moved = t.countsMoved(from: previous, to: DailyReport.Counts(s)) {
            out += "\(escape(moved)).\n\n"
        }
        if report.changes.isEmpty {
            out += "\(capitalized(t.none)).\n"
        } else {
            let notable = report.changes.contains(where: \.isNotable)
            let columns = [t.columnDate, t.columnParticipant, t.columnAction] + (notable ? [t.columnChange] : []) + [t.columnReference]
            out += "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
            for change in report.changes {
                let a = change.action
                let cells =
                    [t.tableDate(a.date), participant(a.participant), t.action(a.kind)] + (notable ? [escape(t.change(change))] : [])
                    + [escape(a.reference ?? "")]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n## \(t.latestActions)\n\n"
        if report.latest.isEmpty {
            out += "\(capitalized(t.none)).\n"
        } else {
            out += "| \(t.columnDate) | \(t.columnParticipant) | \(t.columnAction) |\n|---|---|---|\n"
            for a in report.latest {
                out += "| \(t.tableDate(a.date)) | \(participant(a.participant)) | \(t.action(a.kind)) |\n"
            }
        }
        out += "\n## \(t.byGroup)\n\n| \(t.columnGroup) | \(t.signatories) | \(t.instruments) | \(t.counted) |\n|---|---:|---:|---:|\n"
        for g in report.groups {
            out += "| \(t.group(g.group)) | \(t.number(g.signatories)) | \(t.number(g.instruments)) | \(t.number(g.counted)) |\n"
        }
        out += "| **\(t.total)** | \(t.number(s.signatories)) | \(t.number(s.instruments)) | \(t.number(s.counted)) |\n"
        return out
    }

    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Markdown's active characters in user text, so a note cannot break a
    /// table; control characters shown escaped (`VisibleText`).
    static func escape(_ text: String) -> String {
        var out = ""
        for c in VisibleText.escape(text, keepingLineBreaks: true) {
            if "\\|*_`[]<>#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}
