import RatifyCore

/// The forecast as a section of the Markdown report: the dates at 10, 50
/// and 90 per cent as a table, the chances of being in force, the basis and
/// the notes.
enum ForecastMarkdown {
    static func section(
        _ forecast: Forecast, language: ReportLanguage, strings f: any ForecastStrings, severalConditions: Bool,
        directory: ParticipantDirectory
    ) -> String {
        let t = f.base
        let escape = ReportMarkdown.escape
        var out = "\n## \(escape(f.sectionTitle))\n\n"
        if let reached = forecast.thresholdReachedOn, let entry = forecast.entryIntoForce {
            out += "\(escape(f.tableIntro(lowerBound: forecast.isLowerBound)))\n\n"
            out += "| | \(f.quantile(10)) | \(f.quantile(50)) | \(f.quantile(90)) |\n|---|---|---|---|\n"
            for (label, q) in [(f.thresholdRow(forecast.threshold, severalConditions: severalConditions), reached), (f.entryRow, entry)] {
                out += "| \(escape(label)) | \(t.tableDate(q.p10)) | \(t.tableDate(q.p50)) | \(t.tableDate(q.p90)) |\n"
            }
            out += "\n"
        } else {
            out += "\(escape(f.noDates))\n\n"
        }
        if !forecast.inForceBy.isEmpty {
            out +=
                forecast.inForceBy.map { "- \(escape(f.inForceBy($0.date, probability: $0.probability, atMost: forecast.isLowerBound)))\n" }
                .joined() + "\n"
        }
        if forecast.thresholdReachedOn != nil && forecast.basis.notReachedProbability > 0 {
            out += "\(escape(f.notReached(forecast.basis.notReachedProbability)))\n\n"
        }
        out += "\(escape(f.basis(forecast.basis))) \(escape(f.pace(forecast.basis, asOf: forecast.asOf)))\n"
        if !forecast.basis.assumed.isEmpty {
            let assumed = language.assumedList(
                forecast.basis.assumed.map { ($0.state, $0.action, $0.date) }, strings: t, directory: directory)
            out += "\n\(escape(t.assumedLabel)): \(escape(assumed))\n"
        }
        if !forecast.notes.isEmpty {
            out += "\n" + forecast.notes.map { "- \(escape(f.note($0)))\n" }.joined()
        }
        return out
    }
}
