import RatifyCore

/// The human-readable `ratify status`: a summary, then one row per participant.
public enum StatusText {
    public static func render(_ status: TreatyStatus, style: TextStyle) -> String {
        var out = style.bold("\(VisibleText.escape(status.title)) (\(status.treaty))") + ", as of \(status.asOf)\n\n"
        func field(_ label: String, _ value: String) {
            out += "  " + label.padding(19) + value + "\n"
        }
        field("Signatories", "\(status.signatories)")
        let reio = status.instruments - status.counted
        field("Instruments", "\(status.instruments) in effect" + (reio > 0 ? " (\(reio) not counted: REIO)" : ""))
        field("Counted", "\(status.counted) of \(status.threshold)  \(progressBar(status.counted, of: status.threshold, width: 30))")
        field("Remaining", "\(status.remaining)")
        for condition in status.conditions where status.conditions.count > 1 {
            let label = condition.kind == .count ? "count \(condition.scope ?? "all")" : "share \(condition.scope ?? "")"
            let value =
                condition.kind == .count
                ? "\(Int(condition.current)) of \(Int(condition.required))"
                : "\(percent(condition.current)) of \(percent(condition.required))"
            field("  " + label, value + (condition.met ? "  " + style.green("met") : ""))
        }
        if let reached = status.thresholdReachedOn {
            field("Threshold reached", "\(reached)")
        } else {
            field("Threshold reached", style.dim("not yet"))
        }
        if let eif = status.entryIntoForce {
            let days = status.asOf.days(until: eif)
            let when = status.inForce ? style.green("in force") + (days == 0 ? " (today)" : " (since \(-days) days)") : "in \(days) days"
            field("Entry into force", "\(eif)  \(when)")
        } else if let earliest = status.earliestEntryIntoForce {
            field(
                "Entry into force",
                style.dim("not yet known; earliest \(earliest), if \(status.remaining) more were deposited on \(status.asOf)"))
        }
        guard !status.participants.isEmpty else {
            return out + "\nNo actions recorded yet: 'ratify record STATE ACTION DATE' or 'ratify import FILE'.\n"
        }
        var table = TextTable(header: ["State", "Name", "Signature", "Consent", "In force for", "Denunciation"])
        for p in status.participants {
            table.rows.append([
                p.state, p.name, p.signature?.description ?? "-",
                p.consent.map { "\($0.action.rawValue) \($0.date)" } ?? "-",
                p.inForceFor?.description ?? "-",
                p.denunciation.map { "\($0.date) (effective \($0.effective))" } ?? "",
            ])
        }
        return out + "\n" + table.render(style: style)
    }

    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
