import Plot
import RatifyCore

/// The report as one self-contained HTML page, for a treaty officer to open,
/// mail or publish: inline CSS and SVG, nothing loaded from anywhere.
///
/// The page is built with Plot's DSL; the chart is inline SVG written by
/// `ReportChart`. Every string from the record (names, notes, references,
/// the treaty's title) is escaped by `HTMLEscaping`, not by Plot (see there).
/// Identical input gives identical output: no clock, no randomness, every
/// list in a fixed order.
public enum ReportHTML {
    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) -> String {
        let s = report.status
        let series = report.series
        let page = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("color-scheme"), .content("light")),
                .element(named: "title", nodes: [.escaped("\(s.title): status as of \(s.asOf)")]),
                .style(stylesheet)
            ),
            .body(
                .div(
                    .class("page"),
                    masthead(s),
                    .element(
                        named: "main",
                        nodes: [
                            summary(report),
                            chart(s, series: series),
                            groups(report),
                            changes(report, directory: directory),
                            latest(report, directory: directory),
                            participants(s),
                        ]),
                    footer(s)
                )
            )
        )
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    // MARK: Sections

    static func masthead(_ s: TreatyStatus) -> Node<HTML.BodyContext> {
        .header(
            .class("masthead"),
            .p(.class("eyebrow"), .text("Treaty status report")),
            .h1(.escaped(s.title)),
            .p(
                .class("meta"),
                .text("Treaty "), .code(.escaped(s.treaty)), .text(" · as of "), date(s.asOf, long: true))
        )
    }

    static func summary(_ report: DailyReport) -> Node<HTML.BodyContext> {
        let s = report.status
        let (badge, badgeClass) =
            s.inForce
            ? ("In force", "badge in-force")
            : s.thresholdReachedOn != nil
                ? ("Threshold reached; not yet in force", "badge pending")
                : ("Not in force", "badge open")
        let percent = s.threshold > 0 ? min(100, s.counted * 100 / s.threshold) : 100
        var entry: Node<HTML.BodyContext> = .text("not yet known")
        if let eif = s.entryIntoForce, let days = report.daysToEntryIntoForce {
            entry = .group(
                date(eif, long: true), .small(.text(days > 0 ? "in \(days) day\(days == 1 ? "" : "s")" : days == 0 ? "today" : "in force")))
        } else if let earliest = s.earliestEntryIntoForce {
            entry = .group(
                .text("not yet known"),
                .small(
                    .text("earliest "), date(earliest, long: true), .text(" if every missing instrument were deposited on the as-of date")))
        }
        return .section(
            .class("summary"),
            .attribute(named: "aria-label", value: "Where the treaty stands"),
            .p(.class(badgeClass), .text(badge)),
            .p(.class("headline"), .escaped(report.headline)),
            .div(
                .class("progress"),
                .attribute(named: "role", value: "progressbar"),
                .attribute(named: "aria-label", value: "Instruments counted toward the threshold"),
                .attribute(named: "aria-valuemin", value: "0"),
                .attribute(named: "aria-valuemax", value: "\(s.threshold)"),
                .attribute(named: "aria-valuenow", value: "\(min(s.counted, s.threshold))"),
                .attribute(named: "aria-valuetext", value: "\(s.counted) of \(s.threshold) counted"),
                .div(.class("progress-fill"), .style("width: \(percent)%"))
            ),
            .p(
                .class("progress-label"),
                .strong(.text("\(s.counted) of \(s.threshold)")),
                .text(" instruments counted toward the threshold · \(s.remaining) remaining")),
            .dl(
                .class("facts"),
                fact("Counted", .group(.text("\(s.counted)"), .small(.text("of \(s.threshold)")))),
                fact("Remaining", .text("\(s.remaining)")),
                fact("Threshold reached on", s.thresholdReachedOn.map { date($0, long: true) } ?? .text("not yet")),
                fact("Entry into force", entry),
                fact("In force", .text(s.inForce ? "Yes" : "No")),
                fact("Signatories", .text("\(s.signatories)")),
                fact(
                    "Instruments in effect",
                    .group(
                        .text("\(s.instruments)"),
                        .if(s.instruments > s.counted, .small(.text("\(s.instruments - s.counted) not counted"))))),
                fact("As of", date(s.asOf, long: true))
            )
        )
    }

    static func fact(_ term: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
        .div(.dt(.text(term)), .dd(value))
    }

    static func chart(_ s: TreatyStatus, series: ProgressSeries) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "chart-heading"),
            .h2(.id("chart-heading"), .text("Signatures and instruments over time")),
            .element(
                named: "figure",
                nodes: [
                    .div(.class("chart-wrap chart-wide"), .raw(ReportChart.svg(status: s, series: series, layout: .wide))),
                    .div(.class("chart-wrap chart-narrow"), .raw(ReportChart.svg(status: s, series: series, layout: .narrow))),
                    .element(
                        named: "figcaption",
                        nodes: [
                            .text("Cumulative signatures and instruments counted toward the threshold of \(s.threshold), by date, up to "),
                            date(s.asOf, long: true),
                            .text(s.entryIntoForce.map { $0 > s.asOf ? "; the shaded part is still to come." : "." } ?? "."),
                        ]),
                ])
        )
    }

    static func groups(_ report: DailyReport) -> Node<HTML.BodyContext> {
        let s = report.status
        return .section(
            .attribute(named: "aria-labelledby", value: "groups-heading"),
            .h2(.id("groups-heading"), .text("By UN regional group")),
            table(
                caption: "Signatories, instruments in effect and instruments counted toward the threshold, by UN regional group",
                header: [("Group", false), ("Signatories", true), ("Instruments", true), ("Counted", true)],
                rows: report.groups.map { g in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .class("name"), .text(g.group.rawValue)),
                        .td(.class("num"), .text("\(g.signatories)")), .td(.class("num"), .text("\(g.instruments)")),
                        .td(.class("num"), .text("\(g.counted)")))
                },
                footer: .tr(
                    .th(.attribute(named: "scope", value: "row"), .text("Total")),
                    .td(.class("num"), .text("\(s.signatories)")), .td(.class("num"), .text("\(s.instruments)")),
                    .td(.class("num"), .text("\(s.counted)")))
            )
        )
    }

    static func changes(_ report: DailyReport, directory: ParticipantDirectory) -> Node<HTML.BodyContext> {
        let title = ReportText.windowTitle(report.window)
        return .section(
            .attribute(named: "aria-labelledby", value: "changes-heading"),
            .h2(.id("changes-heading"), .text("Recent changes")),
            report.changes.isEmpty
                ? .p(.class("none"), .escaped(title), .text(": none."))
                : table(
                    caption: title,
                    header: [("Date", false), ("Participant", false), ("Action", false), ("Depositary reference", false), ("Note", false)],
                    rows: report.changes.map { change in
                        let a = change.action
                        let note = [a.note, change.reason.map { "Reason for the correction: \($0)" }].compactMap { $0 }.joined(
                            separator: " · ")
                        return .tr(
                            .td(date(a.date)),
                            .td(participant(a.participant, directory: directory)),
                            .td(.text(a.kind.rawValue), .unwrap(change.corrects) { .small(.text(" (corrects #\($0))")) }),
                            .td(.class("ref"), .escaped(a.reference ?? "")),
                            .td(.class("wrap"), .escaped(note)))
                    })
        )
    }

    static func latest(_ report: DailyReport, directory: ParticipantDirectory) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "latest-heading"),
            .h2(.id("latest-heading"), .text("Latest actions")),
            report.latest.isEmpty
                ? .p(.class("none"), .text("None."))
                : table(
                    caption: "The \(report.latest.count) most recent actions in effect, newest first",
                    header: [("Date", false), ("Participant", false), ("Action", false), ("Depositary reference", false)],
                    rows: report.latest.map { a in
                        .tr(
                            .td(date(a.date)), .td(participant(a.participant, directory: directory)),
                            .td(.text(a.kind.rawValue)), .td(.class("ref"), .escaped(a.reference ?? "")))
                    })
        )
    }

    static func participants(_ s: TreatyStatus) -> Node<HTML.BodyContext> {
        let sorted = s.participants.sorted {
            (ParticipantDirectory.fold($0.name), $0.state) < (ParticipantDirectory.fold($1.name), $1.state)
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "participants-heading"),
            .h2(.id("participants-heading"), .text("Participants")),
            sorted.isEmpty
                ? .p(.class("none"), .text("No action recorded on or before \(s.asOf)."))
                : table(
                    caption: "Every participant with an action on or before \(s.asOf) (\(sorted.count)), by name",
                    header: [
                        ("Participant", false), ("Group", false), ("Signature", false), ("Consent", false), ("Counted", false),
                        ("In force for", false), ("Depositary reference", false),
                    ],
                    rows: sorted.map { p in
                        var consent: Node<HTML.BodyContext> = .span(.class("muted"), .text("—"))
                        if let c = p.consent {
                            consent = .group(
                                .text(c.action.rawValue + " "), date(c.date),
                                .unwrap(p.denunciation) { d in
                                    .small(.text(" denounced "), date(d.date), .text(", effective "), date(d.effective))
                                })
                        }
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"), .class("name"), .escaped(p.name), .small(.escaped(" " + p.state))),
                            .td(.class("group"), .text(p.group.rawValue)),
                            .td(p.signature.map { date($0) } ?? .span(.class("muted"), .text("—"))),
                            .td(consent),
                            .td(.text(p.consent == nil ? "" : p.counted ? "yes" : "no")),
                            .td(p.inForceFor.map { date($0) } ?? .span(.class("muted"), .text("—"))),
                            .td(.class("ref"), .escaped(p.consent?.reference ?? "")))
                    },
                    dense: true)
        )
    }

    static func footer(_ s: TreatyStatus) -> Node<HTML.BodyContext> {
        .footer(
            .p(
                .text("Generated by ratify from the actions recorded on or before "), date(s.asOf, long: true),
                .text(
                    ". Dates are calendar dates. Instruments count toward the threshold as the treaty's definition says; "
                        + "\u{201C}in force for\u{201D} is the date the treaty binds each participant, once known."))
        )
    }

    // MARK: Pieces

    /// A table in a horizontally scrolling wrapper, with a caption and column headers.
    /// The wrapper is a focusable, named region so that it can be scrolled from the keyboard.
    static func table(
        caption: String, header: [(String, Bool)], rows: [Node<HTML.TableContext>],
        footer: Node<HTML.TableContext>? = nil, dense: Bool = false
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"),
            .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: HTMLEscaping.escape(caption)),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .if(dense, .class("dense")),
                .caption(.escaped(caption)),
                .thead(
                    .tr(
                        .forEach(header) { name, numeric in
                            .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(name))
                        })),
                .tbody(.group(rows)),
                .unwrap(footer) { .tfoot($0) }
            )
        )
    }

    static func participant(_ code: String, directory: ParticipantDirectory) -> Node<HTML.BodyContext> {
        .group(.escaped(directory[code]?.name ?? code), .small(.escaped(" " + code)))
    }

    /// A `<time>`: ISO in tables, "1 July 2026" in prose.
    static func date(_ date: CivilDate, long: Bool = false) -> Node<HTML.BodyContext> {
        .time(.datetime(date.description), .text(long ? ReportChart.long(date) : date.description))
    }
}
