import RatifyCore
import RatifyFormats

/// The report as Markdown, for a wiki or an issue tracker.
public enum ReportMarkdown {
    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) -> String {
        let s = report.status
        var out = "# \(escape(s.title))\n\nReport as of **\(s.asOf)**. \(escape(report.headline))\n\n"
        out += "`\(progressBar(s.counted, of: s.threshold, width: 30))` \(s.counted) of \(s.threshold)\n\n"
        out += "| | |\n|---|---|\n"
        out += "| Counted | \(s.counted) of \(s.threshold) |\n| Remaining | \(s.remaining) |\n| Signatories | \(s.signatories) |\n"
        out += "| Instruments in effect | \(s.instruments) |\n"
        out += "| Threshold reached | \(s.thresholdReachedOn?.description ?? "not yet") |\n"
        out +=
            "| Entry into force | \(s.entryIntoForce?.description ?? "not yet known" + (s.earliestEntryIntoForce.map { " (earliest \($0))" } ?? "")) |\n"

        out += "\n## \(ReportText.windowTitle(report.window))\n\n"
        if report.changes.isEmpty {
            out += "None.\n"
        } else {
            out += "| Date | State | Action | Reference |\n|---|---|---|---|\n"
            for change in report.changes {
                let a = change.action
                out +=
                    "| \(a.date) | \(escape(directory[a.participant]?.name ?? a.participant)) (\(a.participant)) | \(a.kind.rawValue)\(change.corrects.map { " (corrects #\($0))" } ?? "") | \(escape(a.reference ?? "")) |\n"
            }
        }
        out += "\n## Latest actions\n\n"
        if report.latest.isEmpty {
            out += "None.\n"
        } else {
            out += "| Date | State | Action |\n|---|---|---|\n"
            for a in report.latest {
                out +=
                    "| \(a.date) | \(escape(directory[a.participant]?.name ?? a.participant)) (\(a.participant)) | \(a.kind.rawValue) |\n"
            }
        }
        out += "\n## By UN regional group\n\n| Group | Signatories | Instruments | Counted |\n|---|---:|---:|---:|\n"
        for g in report.groups { out += "| \(g.group.rawValue) | \(g.signatories) | \(g.instruments) | \(g.counted) |\n" }
        out += "| **Total** | \(s.signatories) | \(s.instruments) | \(s.counted) |\n"
        return out
    }

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
