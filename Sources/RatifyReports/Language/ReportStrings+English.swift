import RatifyCore

/// The English words. Dates are ISO (2026-07-01) in text and Markdown, as
/// every input and `history` write them; on the HTML page "1 Jul 2026" in
/// tables and "1 July 2026" in sentences.
struct EnglishStrings: ReportStrings {
    var isoDates: Bool

    // MARK: Numbers, dates, names

    func number(_ n: Int) -> String { grouped(n, separator: ",") }
    func countOf(_ count: Int, _ total: Int) -> String { "\(number(count)) of \(number(total))" }
    func tableDate(_ date: CivilDate) -> String { isoDates ? date.description : chartDate(date) }
    func sentenceDate(_ date: CivilDate) -> String {
        isoDates ? date.description : "\(date.day) \(CivilDate.monthNames[date.month - 1]) \(date.year)"
    }
    func chartDate(_ date: CivilDate) -> String { "\(date.day) \(month(date)) \(date.year)" }
    func axisMonth(_ date: CivilDate) -> String { "\(month(date)) \(date.year)" }
    func axisDay(_ date: CivilDate, withYear: Bool) -> String { "\(date.day) \(month(date))" + (withYear ? " \(date.year)" : "") }
    private func month(_ date: CivilDate) -> String { String(CivilDate.monthNames[date.month - 1].prefix(3)) }
    func action(_ kind: ActionKind) -> String { kind.rawValue }
    func actionOn(_ kind: ActionKind, _ date: CivilDate) -> String { "\(kind.rawValue) \(tableDate(date))" }
    let assumedLabel = "Assumed"
    let assumedMark = "(assumed)"
    let projectionLabel = "Projection"
    func projection(_ p: StatusProjection, threshold: Int) -> String {
        let outcome =
            p.entryIntoForce.map { "threshold reached on \(sentenceDate(p.thresholdReachedOn!)), entry into force on \(sentenceDate($0))" }
            ?? "\(number(p.remaining)) still to go"
        return "on \(sentenceDate(p.asOf)): \(number(p.counted)) of \(number(threshold)) counted; \(outcome)"
    }
    func group(_ group: RegionalGroup) -> String { group.rawValue }
    let yes = "yes"
    let no = "no"
    func treatyID(_ id: String) -> String { "(\(id))" }

    // MARK: Where the treaty stands

    let signatories = "Signatories"
    let instruments = "Instruments"
    let counted = "Counted"
    let remaining = "Remaining"
    let thresholdReached = "Threshold reached"
    let threshold = "Threshold"
    let entryIntoForce = "Entry into force"
    let notYet = "not yet"
    func reachedOn(_ date: CivilDate) -> String { "reached on \(sentenceDate(date))" }
    let notYetReached = "not yet reached"
    func instrumentsInEffect(_ n: Int, notCounted: Int) -> String {
        "\(number(n)) in effect" + (notCounted > 0 ? " (\(number(notCounted)) not counted)" : "")
    }
    func conditionLabel(count: Bool, scope: String?) -> String { count ? "count \(scope ?? "all")" : "share \(scope ?? "")" }
    func percentOf(_ current: Double, _ required: Double) -> String {
        "\(percent(current, decimalSeparator: ".")) of \(percent(required, decimalSeparator: "."))"
    }
    let met = "met"
    let inForce = "in force"
    let sinceToday = "(today)"
    func sinceDays(_ days: Int) -> String { "(since \(number(days)) day\(days == 1 ? "" : "s"))" }
    func inDays(_ days: Int) -> String { "in \(number(days)) day\(days == 1 ? "" : "s")" }
    let today = "today"
    func earliest(_ earliest: CivilDate, remaining: Int, asOf: CivilDate) -> String {
        "not yet known; earliest \(sentenceDate(earliest)), if \(number(remaining)) more were deposited on \(sentenceDate(asOf))"
    }
    func headline(_ report: DailyReport) -> String {
        let s = report.status
        if s.inForce, let eif = s.entryIntoForce {
            return "In force since \(sentenceDate(eif)) (\(number(s.counted)) instruments counted; threshold \(number(s.threshold)))."
        }
        if let eif = s.entryIntoForce, let reached = s.thresholdReachedOn, let days = report.daysToEntryIntoForce {
            return "Threshold reached on \(sentenceDate(reached)); enters into force on \(sentenceDate(eif)), \(inDays(days))."
        }
        return "\(countOf(s.counted, s.threshold)) instruments counted; \(number(s.remaining)) to go."
    }

    // MARK: status

    func statusHeading(title: String, treaty: String, asOf: CivilDate) -> String {
        "\(title) \(treatyID(treaty)), as of \(sentenceDate(asOf))"
    }
    let noActionsYet = "No actions recorded yet: 'ratify record STATE ACTION DATE' or 'ratify import FILE'."
    let columnState = "State"
    let columnName = "Name"
    let columnSignature = "Signature"
    let columnConsent = "Consent"
    let columnInForceFor = "In force for"
    let columnDenunciation = "Denunciation"
    func denunciation(_ date: CivilDate, effective: CivilDate) -> String { "\(tableDate(date)) (effective \(tableDate(effective)))" }
    let columnTreaty = "Treaty"
    let columnTitle = "Title"
    let inForceMark = "(in force)"

    // MARK: The report

    func reportAsOf(_ date: CivilDate) -> String { "Report as of \(sentenceDate(date))" }
    func windowTitle(_ window: DailyReport.Window) -> String {
        switch window {
        case .firstReport: "Recorded so far (first report)"
        case .previousReport(let ranAt): "Recorded since the previous report \(timestamp(ranAt))"
        case .since(let date): "Actions dated on or after \(sentenceDate(date))"
        }
    }
    /// ISO in text and Markdown ("(2026-11-23T12:00:00Z)"), as `history` writes
    /// times; on the page "of 23 November 2026, 12:00 UTC".
    private func timestamp(_ text: String) -> String {
        guard !isoDates, let (date, time) = utcTimestamp(text) else { return "(\(text))" }
        return "of \(sentenceDate(date)), \(time) UTC"
    }
    func countsMoved(from before: DailyReport.Counts, to now: DailyReport.Counts) -> String? {
        let moved = [
            ("Counted", before.counted, now.counted), ("instruments in effect", before.instruments, now.instruments),
            ("signatories", before.signatories, now.signatories),
        ].filter { $0.1 != $0.2 }.map { "\($0.0) \(number($0.1)) → \(number($0.2))" }
        guard !moved.isEmpty else { return nil }
        return "Since the previous report: " + moved.joined(separator: "; ")
    }
    let none = "none"
    let columnDate = "Date"
    let columnAction = "Action"
    let columnChange = "Change"
    let columnReference = "Reference"
    let columnGroup = "Group"
    func change(_ change: DailyReport.Change) -> String {
        var text =
            switch change.kind {
            case .recorded: "new"
            case .correction(let of, let reason): "corrects #\(of) (\(self.reason(reason)))"
            case .voided(let reason): "voided (\(reason))"
            }
        switch change.fate {
        case .correctedBy(let id): text += "; since corrected by #\(id)"
        case .voided(let reason): text += "; since voided (\(reason))"
        case nil: break
        }
        return text
    }
    let latestActions = "Latest actions"
    let byGroup = "By UN regional group"
    let total = "Total"
    let instrumentsInEffectLabel = "Instruments in effect"
    func notYetKnown(earliest: CivilDate?) -> String { "not yet known" + (earliest.map { " (earliest \(sentenceDate($0)))" } ?? "") }

    // MARK: The HTML page

    let pageEyebrow = "Treaty status report"
    func pageTitle(_ title: String, asOf: CivilDate) -> String { "\(title): status as of \(sentenceDate(asOf))" }
    let treatyLabel = "Treaty"
    let asOfLabel = "as of"
    let badgeInForce = "In force"
    let badgeThresholdReached = "Threshold reached; not yet in force"
    let badgeNotInForce = "Not in force"
    let summaryLabel = "Where the treaty stands"
    let progressLabel = "Instruments counted toward the threshold"
    func progressValue(_ counted: Int, _ threshold: Int) -> String { "\(countOf(counted, threshold)) counted" }
    func progressScale(_ threshold: Int) -> String { "Threshold: \(number(threshold)) counted instruments" }
    let thresholdReachedOn = "Threshold reached on"
    func notCounted(_ n: Int) -> String { "\(number(n)) not counted" }
    let notYetKnownShort = "not yet known"
    func earliestIfAllDeposited(_ earliest: CivilDate) -> String {
        "earliest \(sentenceDate(earliest)) if every missing instrument were deposited on the as-of date"
    }
    let chartHeading = "Signatures and instruments over time"
    func chartCaption(threshold: Int, asOf: CivilDate, future: Bool) -> String {
        "Cumulative signatures and instruments counted toward the threshold of \(number(threshold)), by date, up to \(sentenceDate(asOf))"
            + (future ? "; the shaded part is still to come." : ".")
    }
    let mapHeading = "Around the world"
    var mapLabels: WorldMapLabels { .english }
    func mapTitle(name: String, status p: ParticipantStatus, asOf: CivilDate) -> String {
        var parts: [String] = []
        if let signed = p.signature { parts.append("signed \(tableDate(signed))") }
        if let consent = p.consent { parts.append("\(consent.action.rawValue) \(tableDate(consent.date))") }
        if let from = p.inForceFor { parts.append((from <= asOf ? "in force for it since " : "in force for it from ") + tableDate(from)) }
        if let d = p.denunciation { parts.append("denounced \(tableDate(d.date)), effective \(tableDate(d.effective))") }
        return name + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
    }
    let groupsCaption = "Signatories, instruments in effect and instruments counted toward the threshold, by UN regional group"
    let columnSigned = "Signed"
    let columnInEffect = "In effect"
    let changesHeading = "Recent changes"
    let columnParticipant = "Participant"
    let columnDepositaryReference = "Depositary reference"
    let columnNote = "Note"
    func correctionReason(_ reason: String) -> String { "Reason for the correction: \(self.reason(reason))" }
    func moreChanges(_ n: Int) -> String {
        "…and \(number(n)) earlier change\(n == 1 ? "" : "s"), not listed here: every participant's actions are in the table of participants."
    }
    func latestCaption(_ n: Int) -> String { "The \(number(n)) most recent actions in effect, newest first" }
    let participantsHeading = "Participants"
    func participantsCaption(_ n: Int, asOf: CivilDate) -> String {
        "Every participant with an action on or before \(sentenceDate(asOf)) (\(number(n))), by name"
    }
    func noActionOnOrBefore(_ date: CivilDate) -> String { "No action recorded on or before \(sentenceDate(date))." }
    let columnCounted = "Counted"
    func denounced(_ date: CivilDate, effective: CivilDate) -> String { "denounced \(tableDate(date)), effective \(tableDate(effective))" }
    func footer(asOf: CivilDate) -> String {
        "Generated by ratify from the actions recorded on or before \(sentenceDate(asOf)). Dates are calendar dates. "
            + "Instruments count toward the threshold as the treaty's definition says; "
            + "\u{201C}in force for\u{201D} is the date the treaty binds each participant, once known."
    }

    // MARK: The chart

    let chartTitle = "Signatures and counted instruments over time"
    let legendSignatures = "Signatures"
    let legendCounted = "Counted instruments"
    func legendThreshold(_ n: Int) -> String { "Threshold (\(number(n)))" }
    func legendAsOf(_ date: CivilDate) -> String { "As of \(chartDate(date))" }
    let markerThresholdReached = "Threshold reached"
    let markerInForce = "In force"
    let markerEntersIntoForce = "Enters into force"
    func lineValue(_ n: Int, signatures: Bool, on date: CivilDate) -> String {
        "\(number(n)) \(signatures ? "signatures" : "counted instruments") on \(sentenceDate(date))"
    }
    func chartDescription(_ status: TreatyStatus, series: ProgressSeries) -> String {
        // Always the long form: the chart is on the page, whatever the medium.
        let asOf = status.asOf
        let long = EnglishStrings(isoDates: false)
        var text =
            "Step chart of the cumulative number of signatures and of instruments counted toward the threshold, up to \(long.sentenceDate(asOf))."
        if let first = series.signatures.first {
            text +=
                " Signatures: \(number(ProgressSeries.value(of: series.signatures, on: asOf))), the first on \(long.sentenceDate(first.date))."
        } else {
            text += " No signatures."
        }
        if let first = series.counted.first {
            text +=
                " Counted instruments: \(number(ProgressSeries.value(of: series.counted, on: asOf))), the first deposited on \(long.sentenceDate(first.date))."
        } else {
            text += " No counted instruments."
        }
        text += " Threshold: \(number(status.threshold)) counted instruments"
        text += status.thresholdReachedOn.map { ", reached on \(long.sentenceDate($0))" } ?? ", \(number(status.remaining)) still to go"
        if let eif = status.entryIntoForce {
            text += status.inForce ? "; in force since \(long.sentenceDate(eif))." : "; enters into force on \(long.sentenceDate(eif))."
        } else {
            text += "; entry into force not yet known."
        }
        return text
    }
}
