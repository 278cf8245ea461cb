import RatifyCore

/// The human-readable `ratify status`: a summary, then one row per
/// participant, by name. Given a terminal's width, every line fits it: the
/// sentences wrap, the table cuts names and drops its least useful columns.
public enum StatusText {
    public static func render(
        _ status: TreatyStatus, style: TextStyle, language: ReportLanguage = .english, width: Int? = nil,
        title: String? = nil, directory: ParticipantDirectory = .builtIn
    ) -> String {
        let t = language.strings(.text)
        var out =
            TextWrap.lines(
                t.statusHeading(title: VisibleText.escape(title ?? status.title), treaty: status.treaty, asOf: status.asOf), width: width
            )
            .map(style.bold).joined(separator: "\n") + "\n\n"
        var fields = FieldList(width: width)
        fields.add(t.signatories, t.number(status.signatories))
        fields.add(t.instruments, t.instrumentsInEffect(status.instruments, notCounted: status.instruments - status.counted))
        fields.add(
            t.counted, "\(t.countOf(status.counted, status.threshold))  \(progressBar(status.counted, of: status.threshold, width: 30))")
        fields.add(t.remaining, t.number(status.remaining))
        for condition in status.conditions where status.conditions.count > 1 {
            let value =
                condition.kind == .count
                ? t.countOf(Int(condition.current), Int(condition.required))
                : t.percentOf(condition.current, condition.required)
            fields.add(
                "  " + t.conditionLabel(count: condition.kind == .count, scope: condition.scope),
                value + (condition.met ? "  " + t.met : ""), highlight: condition.met ? t.met : nil)
        }
        if let reached = status.thresholdReachedOn {
            fields.add(t.thresholdReached, t.tableDate(reached))
        } else {
            fields.add(t.thresholdReached, t.notYet, dim: true)
        }
        if let eif = status.entryIntoForce {
            let days = status.asOf.days(until: eif)
            let when = status.inForce ? t.inForce + " " + (days == 0 ? t.sinceToday : t.sinceDays(-days)) : t.inDays(days)
            fields.add(t.entryIntoForce, "\(t.tableDate(eif))  \(when)", highlight: status.inForce ? t.inForce : nil)
        } else if let earliest = status.earliestEntryIntoForce {
            fields.add(
                t.entryIntoForce, t.earliest(earliest, remaining: status.remaining, asOf: status.earliestDepositOn ?? status.asOf),
                dim: true)
        }
        if let projection = status.projection {
            let assumed = projection.assumed.map { ($0.state, $0.action, $0.date) }
            fields.add(t.assumedLabel, language.assumedList(assumed, strings: t, directory: directory))
            fields.add(t.projectionLabel, t.projection(projection, threshold: status.threshold))
        }
        out += fields.render(style: style)
        guard !status.participants.isEmpty else {
            return out + "\n" + TextWrap.lines(t.noActionsYet, width: width).joined(separator: "\n") + "\n"
        }
        let hasDenunciation = status.participants.contains { $0.denunciation != nil }
        var table = TextTable(
            header: [t.columnState, t.columnName, t.columnSignature, t.columnConsent, t.columnInForceFor]
                + (hasDenunciation ? [t.columnDenunciation] : []),
            fits: [.keep, .shrink(minimum: 14), .drop(order: 2), .keep, .drop(order: 0), .drop(order: 1)])
        let named = status.participants.map { ($0, language.name(of: $0.state, fallback: $0.name, directory: directory)) }
        for (p, name) in language.sortedByName(named, name: \.1, code: \.0.state) {
            table.rows.append(
                [
                    p.state, name, p.signature.map(t.tableDate) ?? "-",
                    p.consent.map { t.actionOn($0.action, $0.date) + ($0.assumed ? " " + t.assumedMark : "") } ?? "-",
                    p.inForceFor.map(t.tableDate) ?? "-",
                ] + (hasDenunciation ? [p.denunciation.map { t.denunciation($0.date, effective: $0.effective) } ?? ""] : []))
        }
        return out + "\n" + table.render(style: style, width: width)
    }

    /// `status --all`: one line per treaty, with its title in the language.
    public static func renderAll(
        _ statuses: [(status: TreatyStatus, title: String)], style: TextStyle, language: ReportLanguage = .english, width: Int? = nil
    ) -> String {
        let t = language.strings(.text)
        var table = TextTable(
            header: [t.columnTreaty, t.counted, t.remaining, t.thresholdReached, t.entryIntoForce, t.columnTitle],
            fits: [.keep, .keep, .drop(order: 0), .drop(order: 1), .keep, .shrink(minimum: 12)])
        for (s, title) in statuses {
            table.rows.append([
                s.treaty, t.countOf(s.counted, s.threshold), t.number(s.remaining), s.thresholdReachedOn.map(t.tableDate) ?? "-",
                (s.entryIntoForce.map(t.tableDate) ?? "-") + (s.inForce ? " " + t.inForceMark : ""), title,
            ])
        }
        return table.render(style: style, width: width)
    }

    /// The summary's "label  value" lines: labels padded to the longest, values
    /// wrapped under themselves; a value dim, or with a word in green.
    struct FieldList {
        var width: Int?
        var fields: [(label: String, value: String, dim: Bool, highlight: String?)] = []

        mutating func add(_ label: String, _ value: String, dim: Bool = false, highlight: String? = nil) {
            fields.append((label, value, dim, highlight))
        }

        func render(style: TextStyle) -> String {
            let labelWidth = (fields.map(\.label.count).max() ?? 0) + 2
            let indent = 2 + labelWidth
            var out = ""
            for field in fields {
                for (i, line) in TextWrap.lines(field.value, width: width.map { max(20, $0 - indent) }).enumerated() {
                    var text = field.dim ? style.dim(line) : line
                    if let word = field.highlight, let range = text.range(of: word) {
                        text.replaceSubrange(range, with: style.green(word))
                    }
                    out += (i == 0 ? "  " + field.label.padded(to: labelWidth) : String(repeating: " ", count: indent)) + text + "\n"
                }
            }
            return out
        }
    }
}
