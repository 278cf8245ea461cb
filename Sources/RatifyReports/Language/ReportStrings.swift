import RatifyCore

/// Every word of ratify's human-readable outputs (`status`; the report as
/// text, Markdown and HTML; the chart and the map), one implementation per
/// language: `EnglishStrings` and `VietnameseStrings`
/// (ReportStrings+Vietnamese.swift, the one file a translator reviews).
/// Renderers hold no words of their own. Each requirement's comment gives
/// the English, for a translator.
protocol ReportStrings: Sendable {
    // MARK: Numbers, dates, names

    /// A count: "1,250" / "1.250".
    func number(_ n: Int) -> String
    /// "11 of 40".
    func countOf(_ count: Int, _ total: Int) -> String
    /// A date in a table cell.
    func tableDate(_ date: CivilDate) -> String
    /// A date in a sentence, with what the language puts before one ("ngày").
    func sentenceDate(_ date: CivilDate) -> String
    /// A date on the chart: "1 Jul 2026".
    func chartDate(_ date: CivilDate) -> String
    /// A month on the chart's date axis: "Jul 2026".
    func axisMonth(_ date: CivilDate) -> String
    /// A day on the chart's date axis: "3 Nov", "3 Nov 2025".
    func axisDay(_ date: CivilDate, withYear: Bool) -> String
    /// "ratification".
    func action(_ kind: ActionKind) -> String
    /// "ratification 2026-04-20" (a table cell).
    func actionOn(_ kind: ActionKind, _ date: CivilDate) -> String
    /// "Assumed": the label of the `--assume` line.
    var assumedLabel: String { get }
    /// "(assumed)", after a hypothetical instrument.
    var assumedMark: String { get }
    /// "Projection": the label of the projected outcome.
    var projectionLabel: String { get }
    /// "on 1 March 2027: 12 of 40 counted; 28 still to go" (or the dates reached).
    func projection(_ projection: StatusProjection, threshold: Int) -> String
    /// "African".
    func group(_ group: RegionalGroup) -> String
    /// A yes/no cell ("counted").
    var yes: String { get }
    var no: String { get }
    /// "(hanoi)" after a title, or whatever sets a treaty's id apart.
    func treatyID(_ id: String) -> String

    // MARK: Where the treaty stands (status, report)

    var signatories: String { get }
    var instruments: String { get }
    var counted: String { get }
    var remaining: String { get }
    var thresholdReached: String { get }
    /// The report's field: "Threshold".
    var threshold: String { get }
    var entryIntoForce: String { get }
    /// "not yet" (threshold reached).
    var notYet: String { get }
    /// "reached on 2026-07-01".
    func reachedOn(_ date: CivilDate) -> String
    /// "not yet reached".
    var notYetReached: String { get }
    /// "12 in effect (1 not counted)".
    func instrumentsInEffect(_ n: Int, notCounted: Int) -> String
    /// A condition of several: "count all", "count coe", "share ghg".
    func conditionLabel(count: Bool, scope: String?) -> String
    /// A share condition's values: "12.5% of 55.0%".
    func percentOf(_ current: Double, _ required: Double) -> String
    var met: String { get }
    var inForce: String { get }
    /// "(today)" after "in force".
    var sinceToday: String { get }
    /// "(since 12 days)".
    func sinceDays(_ days: Int) -> String
    /// "in 45 days".
    func inDays(_ days: Int) -> String
    /// "today".
    var today: String { get }
    /// "not yet known; earliest 2027-02-20, if 29 more were deposited on 2026-11-22".
    func earliest(_ earliest: CivilDate, remaining: Int, asOf: CivilDate) -> String
    /// The headline: where the treaty stands, in one sentence.
    func headline(_ report: DailyReport) -> String

    // MARK: status

    /// "United Nations Convention against Cybercrime (hanoi), as of 2026-11-22".
    func statusHeading(title: String, treaty: String, asOf: CivilDate) -> String
    var noActionsYet: String { get }
    var columnState: String { get }
    var columnName: String { get }
    var columnSignature: String { get }
    var columnConsent: String { get }
    var columnInForceFor: String { get }
    var columnDenunciation: String { get }
    /// "2027-01-01 (effective 2028-01-01)".
    func denunciation(_ date: CivilDate, effective: CivilDate) -> String
    /// `status --all`.
    var columnTreaty: String { get }
    var columnTitle: String { get }
    /// "(in force)" after a date.
    var inForceMark: String { get }

    // MARK: The report (text, Markdown)

    /// "Report as of 2026-08-15".
    func reportAsOf(_ date: CivilDate) -> String
    func windowTitle(_ window: DailyReport.Window) -> String
    /// "Counted 1 → 0; instruments in effect 1 → 0", the counts that moved since the previous report.
    func countsMoved(from before: DailyReport.Counts, to now: DailyReport.Counts) -> String?
    /// An empty list.
    var none: String { get }
    var columnDate: String { get }
    var columnAction: String { get }
    var columnChange: String { get }
    var columnReference: String { get }
    var columnGroup: String { get }
    /// What a change is: "new", "corrects #12 (reason)", "voided (reason)", and what became of a new action.
    func change(_ change: DailyReport.Change) -> String
    var latestActions: String { get }
    var byGroup: String { get }
    var total: String { get }
    /// Markdown's first table: "Instruments in effect", "Threshold reached", "Entry into force" values.
    var instrumentsInEffectLabel: String { get }
    /// "not yet known (earliest 2027-02-20)".
    func notYetKnown(earliest: CivilDate?) -> String

    // MARK: The HTML page

    var pageEyebrow: String { get }
    /// The page's `<title>`: "Title: status as of 1 July 2026".
    func pageTitle(_ title: String, asOf: CivilDate) -> String
    /// "Treaty" before the id, and "as of" before the date, under the title.
    var treatyLabel: String { get }
    var asOfLabel: String { get }
    var badgeInForce: String { get }
    var badgeThresholdReached: String { get }
    var badgeNotInForce: String { get }
    var summaryLabel: String { get }
    var progressLabel: String { get }
    /// The progress bar's spoken value: "11 of 40 counted".
    func progressValue(_ counted: Int, _ threshold: Int) -> String
    /// Under the bar: "Threshold: 40 counted instruments".
    func progressScale(_ threshold: Int) -> String
    var thresholdReachedOn: String { get }
    /// "1 not counted" under the instruments in effect.
    func notCounted(_ n: Int) -> String
    var notYetKnownShort: String { get }
    /// Under "not yet known": "earliest 20 February 2027 if every missing instrument were deposited on the as-of date".
    func earliestIfAllDeposited(_ earliest: CivilDate) -> String
    var chartHeading: String { get }
    /// "Cumulative signatures and instruments counted toward the threshold of 40, by date, up to 15 August 2026[; the shaded part is still to come]."
    func chartCaption(threshold: Int, asOf: CivilDate, future: Bool) -> String
    var mapHeading: String { get }
    var mapLabels: WorldMapLabels { get }
    /// A participant's tooltip on the map: "Viet Nam: signed 25 Oct 2025; ratification 1 Jun 2026; in force for it from 30 Aug 2026".
    func mapTitle(name: String, status: ParticipantStatus, asOf: CivilDate) -> String
    var groupsCaption: String { get }
    /// The regional table's short headers, so that it fits a phone: "Signed", "In effect" (the caption says the rest).
    var columnSigned: String { get }
    var columnInEffect: String { get }
    var changesHeading: String { get }
    var columnParticipant: String { get }
    var columnDepositaryReference: String { get }
    var columnNote: String { get }
    /// "Reason for the correction: …".
    func correctionReason(_ reason: String) -> String
    /// A correction's stored reason in this language (ReportStrings+Reasons.swift).
    func reason(_ stored: String) -> String
    /// Under the page's list of changes, when it shows only the newest: "…and 530 earlier changes, …".
    func moreChanges(_ n: Int) -> String
    /// "The 10 most recent actions in effect, newest first".
    func latestCaption(_ n: Int) -> String
    var participantsHeading: String { get }
    /// "Every participant with an action on or before 15 August 2026 (70), by name".
    func participantsCaption(_ n: Int, asOf: CivilDate) -> String
    /// "No action recorded on or before 15 August 2026."
    func noActionOnOrBefore(_ date: CivilDate) -> String
    var columnCounted: String { get }
    /// " denounced 1 Jan 2027, effective 1 Jan 2028" after a consent.
    func denounced(_ date: CivilDate, effective: CivilDate) -> String
    /// The page's footer, one paragraph.
    func footer(asOf: CivilDate) -> String

    // MARK: The chart

    var chartTitle: String { get }
    var legendSignatures: String { get }
    var legendCounted: String { get }
    /// "Threshold (40)".
    func legendThreshold(_ n: Int) -> String
    /// "As of 1 Jul 2026".
    func legendAsOf(_ date: CivilDate) -> String
    var markerThresholdReached: String { get }
    var markerInForce: String { get }
    var markerEntersIntoForce: String { get }
    /// A line's tooltip: "41 signatures on 15 Aug 2026", "40 counted instruments on …".
    func lineValue(_ n: Int, signatures: Bool, on date: CivilDate) -> String
    /// The chart in words, for its `<desc>`.
    func chartDescription(_ status: TreatyStatus, series: ProgressSeries) -> String
}

extension ReportStrings {
    func percent(_ fraction: Double, decimalSeparator: String) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10)\(decimalSeparator)\(tenths % 10)%"
    }

    /// A run's UTC time as stored ("2026-11-23T12:00:00Z"): its date and "12:00";
    /// nil for any other form, which is then written as it is.
    func utcTimestamp(_ text: String) -> (CivilDate, String)? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, parts[1].hasSuffix("Z"), parts[1].count >= 6, let date = try? CivilDate.parse(String(parts[0])) else {
            return nil
        }
        return (date, String(parts[1].prefix(5)))
    }

    /// Thousands grouped with `separator`: "1,250", "1.250".
    func grouped(_ n: Int, separator: String) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
