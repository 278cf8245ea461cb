import RatifyCore
import RatifyFormats

/// The report as plain text, for mail.
public enum ReportText {
    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) -> String {
        let s = report.status
        var out = "\(VisibleText.escape(s.title)) (\(s.treaty))\nReport as of \(s.asOf)\n\n\(report.headline)\n\n"
        func field(_ label: String, _ value: String) { out += "  " + label.padding(18) + value + "\n" }
        field("Counted", "\(s.counted) of \(s.threshold)  \(progressBar(s.counted, of: s.threshold, width: 30))")
        field("Remaining", "\(s.remaining)")
        field("Signatories", "\(s.signatories)")
        field(
            "Instruments", "\(s.instruments) in effect" + (s.instruments > s.counted ? " (\(s.instruments - s.counted) not counted)" : ""))
        field("Threshold", s.thresholdReachedOn.map { "reached on \($0)" } ?? "not yet reached")
        if let eif = s.entryIntoForce, let days = report.daysToEntryIntoForce {
            field("Entry into force", "\(eif)" + (days > 0 ? " (in \(days) days)" : days == 0 ? " (today)" : " (in force)"))
        } else if let earliest = s.earliestEntryIntoForce {
            field("Entry into force", "not yet known; earliest \(earliest) if the rest deposited on \(s.asOf)")
        }

        out += "\n" + windowTitle(report.window) + "\n"
        if report.changes.isEmpty {
            out += "  none\n"
        } else {
            var table = TextTable(header: ["Date", "State", "Name", "Action", "Reference"])
            for change in report.changes {
                let a = change.action
                table.rows.append([
                    a.date.description, a.participant, directory[a.participant]?.name ?? a.participant,
                    a.kind.rawValue + (change.corrects.map { " (corrects #\($0))" } ?? ""), a.reference ?? "",
                ])
            }
            out += indent(table.render(style: .plain))
        }

        out += "\nLatest actions\n"
        if report.latest.isEmpty {
            out += "  none\n"
        } else {
            var table = TextTable(header: ["Date", "State", "Name", "Action"])
            for a in report.latest {
                table.rows.append([a.date.description, a.participant, directory[a.participant]?.name ?? a.participant, a.kind.rawValue])
            }
            out += indent(table.render(style: .plain))
        }

        out += "\nBy UN regional group\n"
        var groups = TextTable(header: ["Group", "Signatories", "Instruments", "Counted"])
        for g in report.groups {
            groups.rows.append([g.group.rawValue, "\(g.signatories)", "\(g.instruments)", "\(g.counted)"])
        }
        groups.rows.append(["Total", "\(s.signatories)", "\(s.instruments)", "\(s.counted)"])
        out += indent(groups.render(style: .plain))
        return out
    }

    static func windowTitle(_ window: DailyReport.Window) -> String {
        switch window {
        case .firstReport: "Recorded so far (first report)"
        case .previousReport(let ranAt): "Recorded since the previous report (\(ranAt))"
        case .since(let date): "Actions dated on or after \(date)"
        }
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
