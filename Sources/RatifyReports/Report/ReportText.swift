import RatifyCore
import RatifyFormats

/// The report as plain text, for mail.
public enum ReportText {
    public static func render(
        _ report: DailyReport, directory: ParticipantDirectory = .builtIn, language: ReportLanguage = .english
    ) -> String {
        let t = language.strings(.text)
        let s = report.status
        func name(_ code: String) -> String { language.name(of: code, directory: directory) }
        var out = "\(VisibleText.escape(report.title)) \(t.treatyID(s.treaty))\n\(t.reportAsOf(s.asOf))\n\n\(t.headline(report))\n\n"
        var fields = StatusText.FieldList(width: nil)
        fields.add(t.counted, "\(t.countOf(s.counted, s.threshold))  \(progressBar(s.counted, of: s.threshold, width: 30))")
        fields.add(t.remaining, t.number(s.remaining))
        fields.add(t.signatories, t.number(s.signatories))
        fields.add(t.instruments, t.instrumentsInEffect(s.instruments, notCounted: s.instruments - s.counted))
        fields.add(t.threshold, s.thresholdReachedOn.map(t.reachedOn) ?? t.notYetReached)
        if let eif = s.entryIntoForce, let days = report.daysToEntryIntoForce {
            fields.add(t.entryIntoForce, "\(t.tableDate(eif)) (\(days > 0 ? t.inDays(days) : days == 0 ? t.today : t.inForce))")
        } else if let earliest = s.earliestEntryIntoForce {
            fields.add(t.entryIntoForce, t.earliest(earliest, remaining: s.remaining, asOf: s.asOf))
        }
        out += fields.render(style: .plain)
        // Once the threshold is reached the dates above are the record's: nothing is left to forecast.
        if let forecast = report.forecast, !forecast.isCertain {
            let f = language.forecastStrings(.text)
            out += "\n\(f.sectionTitle)\n"
            out += ForecastText.body(forecast, strings: f, style: .plain, width: nil, severalConditions: s.conditions.count > 1)
        }

        out += "\n" + t.windowTitle(report.window) + "\n"
        if let previous = report.previous, let moved = t.countsMoved(from: previous, to: DailyReport.Counts(s)) {
            out += "  \(moved)\n"
        }
        if report.changes.isEmpty {
            out += "  \(t.none)\n"
        } else {
            let notable = report.changes.contains(where: \.isNotable)
            var table = TextTable(
                header: [t.columnDate, t.columnState, t.columnName, t.columnAction] + (notable ? [t.columnChange] : []) + [
                    t.columnReference
                ])
            for change in report.changes {
                let a = change.action
                table.rows.append(
                    [t.tableDate(a.date), a.participant, name(a.participant), t.action(a.kind)] + (notable ? [t.change(change)] : [])
                        + [a.reference ?? ""])
            }
            out += indent(table.render(style: .plain))
        }

        out += "\n\(t.latestActions)\n"
        if report.latest.isEmpty {
            out += "  \(t.none)\n"
        } else {
            var table = TextTable(header: [t.columnDate, t.columnState, t.columnName, t.columnAction])
            for a in report.latest {
                table.rows.append([t.tableDate(a.date), a.participant, name(a.participant), t.action(a.kind)])
            }
            out += indent(table.render(style: .plain))
        }

        out += "\n\(t.byGroup)\n"
        var groups = TextTable(header: [t.columnGroup, t.signatories, t.instruments, t.counted])
        for g in report.groups {
            groups.rows.append([t.group(g.group), t.number(g.signatories), t.number(g.instruments), t.number(g.counted)])
        }
        groups.rows.append([t.total, t.number(s.signatories), t.number(s.instruments), t.number(s.counted)])
        out += indent(groups.render(style: .plain))
        return out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
