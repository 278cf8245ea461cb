import Plot
import RatifyCore

/// The page's tables: the regional groups, the recent changes, the latest
/// actions and every participant. On a phone the changes and the latest
/// actions stack each row into a block of labelled lines (`table.stack`),
/// so that no column is out of sight; the regional table fits as it is.
extension ReportHTML {
    /// The page lists at most this many changes, the newest (a first report
    /// has every action of the record: the page stays under 400 KB; the
    /// text, Markdown and JSON reports list them all).
    static let changesShown = 50

    static func groups(_ c: Context) -> Node<HTML.BodyContext> {
        let (s, t) = (c.status, c.t)
        return .section(
            .attribute(named: "aria-labelledby", value: "groups-heading"),
            .h2(.id("groups-heading"), .text(t.byGroup)),
            table(
                caption: t.groupsCaption,
                header: [(t.columnGroup, false), (t.columnSigned, true), (t.columnInEffect, true), (t.columnCounted, true)],
                rows: c.report.groups.map { g in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .class("name"), .text(t.group(g.group))),
                        .td(.class("num"), .text(t.number(g.signatories))), .td(.class("num"), .text(t.number(g.instruments))),
                        .td(.class("num"), .text(t.number(g.counted))))
                },
                footer: .tr(
                    .th(.attribute(named: "scope", value: "row"), .text(t.total)),
                    .td(.class("num"), .text(t.number(s.signatories))), .td(.class("num"), .text(t.number(s.instruments))),
                    .td(.class("num"), .text(t.number(s.counted)))),
                layout: "groups")
        )
    }

    static func changes(_ c: Context) -> Node<HTML.BodyContext> {
        let t = c.t
        let title = t.windowTitle(c.report.window)
        let moved = c.report.previous.flatMap { t.countsMoved(from: $0, to: DailyReport.Counts(c.status)) }
        let notable = c.report.changes.contains(where: \.isNotable)
        let header =
            [t.columnDate, t.columnParticipant, t.columnAction] + (notable ? [t.columnChange] : []) + [
                t.columnDepositaryReference, t.columnNote,
            ]
        return .section(
            .attribute(named: "aria-labelledby", value: "changes-heading"),
            .h2(.id("changes-heading"), .text(t.changesHeading)),
            .unwrap(moved) { .p(.class("moved"), .escaped($0 + ".")) },
            c.report.changes.isEmpty
                ? .p(.class("none"), .escaped(title + ": " + t.none + "."))
                : table(
                    caption: title,
                    header: header.map { ($0, false) },
                    rows: c.report.changes.prefix(changesShown).map { change in
                        let a = change.action
                        let note = [a.note, change.kind.correctionReason.map(t.correctionReason)].compactMap { $0 }.joined(separator: " · ")
                        var cells: [Node<HTML.BodyContext>] = [
                            c.date(a.date), participant(a.participant, c), .text(t.action(a.kind)),
                        ]
                        if notable { cells.append(.escaped(t.change(change))) }
                        cells += [.escaped(a.reference ?? ""), .escaped(note)]
                        return .tr(
                            .if(!change.inEffect, .class("out-of-effect")),
                            .forEach(Array(zip(header, cells).enumerated())) { i, pair in
                                .td(
                                    .attribute(named: "data-label", value: HTMLEscaping.escape(pair.0)),
                                    .if(i == 1, .class("name")), .if(i == header.count - 2, .class("ref")),
                                    .if(i == header.count - 1, .class("wrap")), pair.1)
                            })
                    },
                    layout: "stack"),
            .if(c.report.changes.count > changesShown, .p(.class("none"), .text(t.moreChanges(c.report.changes.count - changesShown))))
        )
    }

    static func latest(_ c: Context) -> Node<HTML.BodyContext> {
        let t = c.t
        let header = [t.columnDate, t.columnParticipant, t.columnAction, t.columnDepositaryReference]
        return .section(
            .attribute(named: "aria-labelledby", value: "latest-heading"),
            .h2(.id("latest-heading"), .text(t.latestActions)),
            c.report.latest.isEmpty
                ? .p(.class("none"), .text(ReportMarkdown.capitalized(t.none) + "."))
                : table(
                    caption: t.latestCaption(c.report.latest.count),
                    header: header.map { ($0, false) },
                    rows: c.report.latest.map { a in
                        let cells: [Node<HTML.BodyContext>] = [
                            c.date(a.date), participant(a.participant, c), .text(t.action(a.kind)), .escaped(a.reference ?? ""),
                        ]
                        return .tr(
                            .forEach(Array(zip(header, cells).enumerated())) { i, pair in
                                .td(
                                    .attribute(named: "data-label", value: HTMLEscaping.escape(pair.0)), .if(i == 1, .class("name")),
                                    .if(i == 3, .class("ref")), pair.1)
                            })
                    },
                    layout: "stack")
        )
    }

    static func participants(_ c: Context) -> Node<HTML.BodyContext> {
        let (s, t) = (c.status, c.t)
        let named = s.participants.map { ($0, c.language.name(of: $0.state, fallback: $0.name, directory: c.directory)) }
        let sorted = c.language.sortedByName(named, name: \.1, code: \.0.state)
        let dash: Node<HTML.BodyContext> = .span(.class("muted"), .text("—"))
        return .section(
            .attribute(named: "aria-labelledby", value: "participants-heading"),
            .h2(.id("participants-heading"), .text(t.participantsHeading)),
            sorted.isEmpty
                ? .p(.class("none"), .text(t.noActionOnOrBefore(s.asOf)))
                : table(
                    caption: t.participantsCaption(sorted.count, asOf: s.asOf),
                    header: [
                        (t.columnParticipant, false), (t.columnGroup, false), (t.columnSignature, false), (t.columnConsent, false),
                        (t.columnCounted, false), (t.columnInForceFor, false), (t.columnDepositaryReference, false),
                    ],
                    rows: sorted.map { p, name in
                        var consent = dash
                        if let instrument = p.consent {
                            consent = .group(
                                .text(t.action(instrument.action) + " "), c.date(instrument.date),
                                .unwrap(p.denunciation) { d in .small(.text(" " + t.denounced(d.date, effective: d.effective))) })
                        }
                        return .tr(
                            .th(.attribute(named: "scope", value: "row"), .class("name"), .escaped(name), .small(.escaped(" " + p.state))),
                            .td(.class("group"), .text(t.group(p.group))),
                            .td(p.signature.map { c.date($0) } ?? dash),
                            .td(consent),
                            .td(.text(p.consent == nil ? "" : p.counted ? t.yes : t.no)),
                            .td(p.inForceFor.map { c.date($0) } ?? dash),
                            .td(.class("ref"), .escaped(p.consent?.reference ?? "")))
                    },
                    layout: "dense")
        )
    }

    // MARK: Pieces

    /// A table in a horizontally scrolling wrapper, with a caption and column headers.
    /// The wrapper is a focusable, named region so that it can be scrolled from the keyboard.
    /// `layout` is the table's class: "stack" (rows become blocks on a phone), "groups", "dense".
    static func table(
        caption: String, header: [(String, Bool)], rows: [Node<HTML.TableContext>],
        footer: Node<HTML.TableContext>? = nil, layout: String
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("table-wrap"),
            .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: HTMLEscaping.escape(caption)),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .class(layout),
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

    static func participant(_ code: String, _ c: Context) -> Node<HTML.BodyContext> {
        .group(.escaped(c.name(code)), .small(.escaped(" " + code)))
    }
}

extension DailyReport.Change.Kind {
    var correctionReason: String? {
        if case .correction(_, let reason) = self { return reason }
        return nil
    }
}
