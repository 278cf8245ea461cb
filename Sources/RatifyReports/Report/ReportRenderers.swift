import RatifyFormats
import RatifyCore

/// The report as plain text, for mail.
public enum ReportText {
    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) -> String {
        let s = report.status
        var out = "\(s.title) (\(s.treaty))\nReport as of \(s.asOf)\n\n\(report.headline)\n\n"
        func field(_ label: String, _ value: String) { out += "  " + label.padding(18) + value + "\n" }
        field("Counted", "\(s.counted) of \(s.threshold)  \(progressBar(s.counted, of: s.threshold, width: 30))")
        field("Remaining", "\(s.remaining)")
        field("Signatories", "\(s.signatories)")
        field("Instruments", "\(s.instruments) in effect" + (s.instruments > s.counted ? " (\(s.instruments - s.counted) not counted)" : ""))
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
                table.rows.append([a.date.description, a.participant, directory[a.participant]?.name ?? a.participant,
                                   a.kind.rawValue + (change.corrects.map { " (corrects #\($0))" } ?? ""), a.reference ?? ""])
            }
            out += indent(table.render(style: .plain))
        }

        out += "\nLatest actions\n"
        if report.latest.isEmpty { out += "  none\n" } else {
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
        out += "| Entry into force | \(s.entryIntoForce?.description ?? "not yet known" + (s.earliestEntryIntoForce.map { " (earliest \($0))" } ?? "")) |\n"

        out += "\n## \(ReportText.windowTitle(report.window))\n\n"
        if report.changes.isEmpty { out += "None.\n" } else {
            out += "| Date | State | Action | Reference |\n|---|---|---|---|\n"
            for change in report.changes {
                let a = change.action
                out += "| \(a.date) | \(escape(directory[a.participant]?.name ?? a.participant)) (\(a.participant)) | \(a.kind.rawValue)\(change.corrects.map { " (corrects #\($0))" } ?? "") | \(escape(a.reference ?? "")) |\n"
            }
        }
        out += "\n## Latest actions\n\n"
        if report.latest.isEmpty { out += "None.\n" } else {
            out += "| Date | State | Action |\n|---|---|---|\n"
            for a in report.latest {
                out += "| \(a.date) | \(escape(directory[a.participant]?.name ?? a.participant)) (\(a.participant)) | \(a.kind.rawValue) |\n"
            }
        }
        out += "\n## By UN regional group\n\n| Group | Signatories | Instruments | Counted |\n|---|---:|---:|---:|\n"
        for g in report.groups { out += "| \(g.group.rawValue) | \(g.signatories) | \(g.instruments) | \(g.counted) |\n" }
        out += "| **Total** | \(s.signatories) | \(s.instruments) | \(s.counted) |\n"
        return out
    }

    /// Markdown's active characters in user text, so a note cannot break a table.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\|*_`[]<>#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}

/// The report as JSON: the status object plus the report's sections.
public enum ReportJSON {
    struct Document: Encodable {
        var status: TreatyStatus
        var headline: String
        @NullEncoded var days_to_entry_into_force: Int?
        var changes: Changes
        var latest: [Action]
        var groups: [Group]
    }

    struct Changes: Encodable {
        var window: String
        @NullEncoded var since: String?
        var actions: [Action]
    }

    struct Action: Encodable {
        @NullEncoded var id: Int64?
        var state: String
        var name: String
        var action: String
        var date: String
        @NullEncoded var reference: String?
        @NullEncoded var corrects: Int64?
    }

    struct Group: Encodable { var group: String, signatories: Int, instruments: Int, counted: Int }

    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) throws -> String {
        func entry(_ a: ActionRecord, corrects: Int64? = nil) -> Action {
            Action(id: a.id, state: a.participant, name: directory[a.participant]?.name ?? a.participant, action: a.kind.rawValue,
                   date: a.date.description, reference: a.reference, corrects: corrects)
        }
        let (window, since): (String, String?) = switch report.window {
        case .firstReport: ("first-report", nil)
        case .previousReport(let ranAt): ("previous-report", ranAt)
        case .since(let date): ("since-date", date.description)
        }
        return try JSONOutput.string(Document(
            status: report.status, headline: report.headline, days_to_entry_into_force: report.daysToEntryIntoForce,
            changes: Changes(window: window, since: since, actions: report.changes.map { entry($0.action, corrects: $0.corrects) }),
            latest: report.latest.map { entry($0) },
            groups: report.groups.map { Group(group: $0.group.rawValue, signatories: $0.signatories, instruments: $0.instruments, counted: $0.counted) }))
    }
}
