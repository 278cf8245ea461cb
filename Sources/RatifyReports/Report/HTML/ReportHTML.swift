import Plot
import RatifyCore

/// The report as one self-contained HTML page, for a treaty officer to open,
/// mail or publish: inline CSS and SVG, nothing loaded from anywhere, in the
/// report's language (`<html lang>`, every word from its `ReportStrings`).
///
/// The page is built with Plot's DSL; the chart and the map are inline SVG
/// written by `ReportChart` and `WorldMap`. Every string from the record
/// (names, notes, references, the treaty's title) is escaped by
/// `HTMLEscaping`, not by Plot (see there). Identical input gives identical
/// output: no clock, no randomness, every list in a fixed order.
public enum ReportHTML {
    /// What every section needs: the report, its words, its language and the directory.
    struct Context {
        var report: DailyReport
        var t: any ReportStrings
        var language: ReportLanguage
        var directory: ParticipantDirectory
        var status: TreatyStatus { report.status }
        var f: any ForecastStrings { language.forecastStrings(.page) }
        /// The forecast, while there is one to show: not once the record settles the dates.
        var forecast: Forecast? { report.forecast.flatMap { $0.isCertain ? nil : $0 } }

        func name(_ code: String) -> String { language.name(of: code, directory: directory) }

        /// A `<time>`: the table form ("1 Jul 2026", "01/07/2026"), or the sentence form.
        func date(_ date: CivilDate, sentence: Bool = false) -> Node<HTML.BodyContext> {
            .time(.datetime(date.description), .text(sentence ? t.sentenceDate(date) : t.tableDate(date)))
        }
    }

    public static func render(
        _ report: DailyReport, directory: ParticipantDirectory = .builtIn, language: ReportLanguage = .english
    ) -> String {
        let c = Context(report: report, t: language.strings(.page), language: language, directory: directory)
        let page = HTML(
            .lang(language == .vietnamese ? .vietnamese : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("color-scheme"), .content("light")),
                .element(named: "title", nodes: [.escaped(c.t.pageTitle(report.title, asOf: report.status.asOf))]),
                .style(stylesheet + WorldMap.stylesheet)
            ),
            .body(
                .div(
                    .class("page"),
                    masthead(c),
                    .element(
                        named: "main",
                        nodes: [summary(c), map(c), chart(c), groups(c), changes(c), latest(c), participants(c)]),
                    .footer(.p(.escaped(c.t.footer(asOf: report.status.asOf))))
                )
            )
        )
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    // MARK: Sections

    static func masthead(_ c: Context) -> Node<HTML.BodyContext> {
        .header(
            .class("masthead"),
            .p(.class("eyebrow"), .text(c.t.pageEyebrow)),
            .h1(.escaped(c.report.title)),
            .p(
                .class("meta"),
                .text(c.t.treatyLabel + " "), .code(.escaped(c.status.treaty)), .text(" · \(c.t.asOfLabel) "),
                c.date(c.status.asOf, sentence: true))
        )
    }

    /// Where the treaty stands: the badge, the headline (the one place the
    /// count of the threshold is stated), the bar, and the facts the headline
    /// does not give.
    static func summary(_ c: Context) -> Node<HTML.BodyContext> {
        let (s, t) = (c.status, c.t)
        let (badge, badgeClass) =
            s.inForce
            ? (t.badgeInForce, "badge in-force")
            : s.thresholdReachedOn != nil ? (t.badgeThresholdReached, "badge pending") : (t.badgeNotInForce, "badge open")
        let percent = s.threshold > 0 ? min(100, s.counted * 100 / s.threshold) : 100
        var entry: Node<HTML.BodyContext> = .text(t.notYetKnownShort)
        if let eif = s.entryIntoForce, let days = c.report.daysToEntryIntoForce {
            entry = .group(c.date(eif, sentence: true), .small(.text(days > 0 ? t.inDays(days) : days == 0 ? t.today : t.inForce)))
        } else if let earliest = s.earliestEntryIntoForce {
            entry = .group(.text(t.notYetKnownShort), .small(.text(t.earliestIfAllDeposited(earliest))))
        }
        return .section(
            .class("summary"),
            .attribute(named: "aria-label", value: t.summaryLabel),
            .p(.class(badgeClass), .text(badge)),
            .p(.class("headline"), .escaped(t.headline(c.report))),
            .div(
                .class("progress"),
                .attribute(named: "role", value: "progressbar"),
                .attribute(named: "aria-label", value: t.progressLabel),
                .attribute(named: "aria-valuemin", value: "0"),
                .attribute(named: "aria-valuemax", value: "\(s.threshold)"),
                .attribute(named: "aria-valuenow", value: "\(min(s.counted, s.threshold))"),
                .attribute(named: "aria-valuetext", value: t.progressValue(s.counted, s.threshold)),
                .div(.class("progress-fill"), .style("width: \(percent)%"))
            ),
            .p(.class("progress-label"), .text(t.progressScale(s.threshold))),
            .dl(
                .class("facts"),
                fact(t.signatories, .text(t.number(s.signatories))),
                fact(
                    t.instrumentsInEffectLabel,
                    .group(
                        .text(t.number(s.instruments)),
                        .if(s.instruments > s.counted, .small(.text(t.notCounted(s.instruments - s.counted)))))),
                fact(t.thresholdReachedOn, s.thresholdReachedOn.map { c.date($0, sentence: true) } ?? .text(t.notYet)),
                fact(t.entryIntoForce, entry),
                .unwrap(c.forecast) { forecastFact($0, c) }
            )
        )
    }

    static func fact(_ term: String, _ value: Node<HTML.BodyContext>) -> Node<HTML.DescriptionListContext> {
        .div(.dt(.text(term)), .dd(value))
    }

    static func chart(_ c: Context) -> Node<HTML.BodyContext> {
        let (s, t) = (c.status, c.t)
        return .section(
            .attribute(named: "aria-labelledby", value: "chart-heading"),
            .h2(.id("chart-heading"), .text(t.chartHeading)),
            .element(
                named: "figure",
                nodes: [
                    .div(
                        .class("chart-wrap chart-wide"),
                        .raw(
                            ReportChart.svg(
                                status: s, series: c.report.series, layout: .wide, strings: t, forecast: c.forecast, forecastStrings: c.f))),
                    .div(
                        .class("chart-wrap chart-narrow"),
                        .raw(
                            ReportChart.svg(
                                status: s, series: c.report.series, layout: .narrow, strings: t, forecast: c.forecast, forecastStrings: c.f)
                        )),
                    .element(
                        named: "figcaption",
                        nodes: [
                            .text(
                                t.chartCaption(threshold: s.threshold, asOf: s.asOf, future: s.entryIntoForce.map { $0 > s.asOf } ?? false)),
                            .unwrap(c.forecast) { .escaped(" " + c.f.chartCaption($0)) },
                        ]),
                ])
        )
    }

    /// The map: every participant's shape coloured by what it has done as of
    /// the report's date, and every other State named in the page's language.
    static func map(_ c: Context) -> Node<HTML.BodyContext> {
        let s = c.status
        var entries = s.participants.map { p in
            WorldMapEntry(
                code: p.state, state: WorldMapState(p, asOf: s.asOf),
                title: c.t.mapTitle(name: c.language.name(of: p.state, fallback: p.name, directory: c.directory), status: p, asOf: s.asOf))
        }
        entries += WorldMapShapes.places.keys.sorted().map { code in
            WorldMapEntry(
                code: code, state: nil, title: c.language.name(of: code, fallback: WorldMapShapes.name(of: code), directory: c.directory))
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "map-heading"),
            .h2(.id("map-heading"), .text(c.t.mapHeading)),
            WorldMap.figure(entries, labels: c.t.mapLabels))
    }
}
