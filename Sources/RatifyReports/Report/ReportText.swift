import RatifyCore
import RatifyFormats

/// The report as plain text, for mail. Given a terminal's width, every line
/// fits it, as in `StatusText`: the sentences wrap (indented under
/// themselves), the tables cut names and drop the depositary's reference
/// first; without one (piped, mailed, `--output`) nothing is cut.
public enum ReportText {
    public static func render(
        _ report: DailyReport, directory: ParticipantDirectory = .builtIn, language: ReportLanguage = .english, width: Int? = nil
    ) -> String {
        let t = language.strings(.text)
        let s = report.status
        func name(_ code: String) -> String { language.name(of: code, directory: directory) }
        // A line of prose, wrapped at the width after `indent` spaces.
        func wrapped(_ text: String, indent: Int = 0) -> String {
            TextWrap.lines(text, width: width.map { max(20, $0 - indent) })
                .map { String(repeating: " ", count: indent) + $0 + "\n" }.joined()
        }
        let tableWidth = width.map { max(20, $0 - 2) }
        var out = wrapped("\(VisibleText.escape(report.title)) \(t.treatyID(s.treaty))") + wrapped(t.reportAsOf(s.asOf))
        out += "\n" + wrapped(t.headline(report)) + "\n"
        var fields = StatusText.FieldList(width: width)
        fields.add(t.counted, "\(t.countOf(s.counted, s.threshold))  \(progressBar(s.counted, of: s.threshold, width: 30))")
        fields.add(t.remaining, t.number(s.remaining))
        fields.add(t.signatories, t.number(s.signatories))
        fields.add(t.instruments, t.instrumentsInEffect(s.instruments, notCounted: s.instruments - s.counted))
        fields.add(t.threshold, s.thresholdReachedOn.map(t.reachedOn) ?? t.notYetReached)
        if let eif = s.entryIntoForce, let days = report.daysToEntryIntoForce {
            fields.add(t.entryIntoForce, "\(t.tableDate(eif)) (\(days > 0 ? t.inDays(days) : days == 0 ? t.today : t.inForce))")
        } else if let earliest = s.earliestEntryIntoForce {
            fields.add(t.entryIntoForce, t.earliest(earliest, remaining: s.remaining, asOf: s.earliestDepositOn ?? s.asOf))
        }
        out += fields.render(style: .plain)
        // Once the threshold is reached the dates above are the record's: nothing is left to forecast.
        if let forecast = report.forecast, !forecast.isCertain {
            let f = language.forecastStrings(.text)
            out += "\n\(f.sectionTitle)\n"
            out += ForecastText.body(
                forecast, language: language, strings: f, style: .plain, width: width, severalConditions: s.conditions.count > 1,
                directory: directory)
        }

        out += "\n" + wrapped(t.windowTitle(report.window))
        if let previous = report.previous, let moved = t.countsMoved(from: previous, to: DailyReport.Counts(s)) {
            out += wrapped(moved, indent: 2)
        }
        if report.changes.isEmpty {
            out += "  \(t.none)\n"
        } else {
            let notable = report.changes.contains(where: \.isNotable)
            var table = TextTable(
                header: [t.columnDate, t.columnState, t.columnName, t.columnAction] + (notable ? [t.columnChange] : []) + [
                    t.columnReference
                ],
                fits: [.keep, .keep, .shrink(minimum: 12), .keep] + (notable ? [.shrink(minimum: 16)] : []) + [.drop(order: 0)])
            for change in report.changes {
                let a = change.action
                table.rows.append(
                    [t.tableDate(a.date), a.participant, name(a.participant), t.action(a.kind)] + (notable ? [t.change(change)] : [])
                        + [a.reference ?? ""])
            }
            out += indent(table.render(style: .plain, width: tableWidth))
        }

        out += "\n" + wrapped(t.latestActions)
        if report.latest.isEmpty {
            out += "  \(t.none)\n"
        } else {
            var table = TextTable(
                header: [t.columnDate, t.columnState, t.columnName, t.columnAction], fits: [.keep, .keep, .shrink(minimum: 12)])
            for a in report.latest {
                table.rows.append([t.tableDate(a.date), a.participant, name(a.participant), t.action(a.kind)])
            }
            out += indent(table.render(style: .plain, width: tableWidth))
        }

        out += "\n" + wrapped(t.byGroup)
        var groups = TextTable(header: [t.columnGroup, t.signatories, t.instruments, t.counted], fits: [.shrink(minimum: 12)])
        for g in report.groups {
            groups.rows.append([t.group(g.group), t.number(g.signatories), t.number(g.instruments), t.number(g.counted)])
        }
        groups.rows.append([t.total, t.number(s.signatories), t.number(s.instruments), t.number(s.counted)])
        out += indent(groups.render(style: .plain, width: tableWidth))
        return out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
