import RatifyCore

/// The human-readable `ratify forecast`: the dates by which the threshold is
/// reached and the treaty enters into force at 10, 50 and 90 per cent, the
/// chances of being in force by the end of each of the next three years,
/// what the forecast rests on, and its notes. Given a terminal's width,
/// every line fits it, as in `StatusText`.
public enum ForecastText {
    public static func render(
        _ forecast: Forecast, style: TextStyle, language: ReportLanguage = .english, width: Int? = nil,
        title: String? = nil, severalConditions: Bool = false, directory: ParticipantDirectory = .builtIn
    ) -> String {
        let f = language.forecastStrings(.text)
        let t = f.base
        var out =
            TextWrap.lines(f.heading(title: title ?? forecast.title, treaty: forecast.treaty, asOf: forecast.asOf), width: width)
            .map(style.bold).joined(separator: "\n") + "\n\n"
        var fields = StatusText.FieldList(width: width)
        fields.add(
            t.counted,
            "\(t.countOf(forecast.counted, forecast.threshold))  \(progressBar(forecast.counted, of: forecast.threshold, width: 30))")
        fields.add(t.signatories, t.number(forecast.basis.signatories))
        out += fields.render(style: style) + "\n"
        return out
            + body(
                forecast, language: language, strings: f, style: style, width: width, severalConditions: severalConditions,
                directory: directory)
    }

    /// Everything below the heading and the counts, indented by two: what
    /// the report's text section shares.
    static func body(
        _ forecast: Forecast, language: ReportLanguage, strings f: any ForecastStrings, style: TextStyle, width: Int?,
        severalConditions: Bool, directory: ParticipantDirectory
    ) -> String {
        let t = f.base
        let inner = width.map { max(20, $0 - 2) }
        var blocks: [String] = []
        func paragraph(_ text: String, hanging: String = "") -> String {
            TextWrap.lines(text, width: inner.map { $0 - hanging.count }).enumerated()
                .map { "  " + ($0.offset == 0 ? "" : String(repeating: " ", count: hanging.count)) + $0.element }
                .joined(separator: "\n") + "\n"
        }
        let thresholdRow = f.thresholdRow(forecast.threshold, severalConditions: severalConditions)

        if forecast.isCertain || forecast.isSettledByAssumptions, let reached = forecast.thresholdReachedOn,
            let entry = forecast.entryIntoForce
        {
            var fields = StatusText.FieldList(width: width)
            fields.add(t.thresholdReached, t.tableDate(reached.p50))
            fields.add(t.entryIntoForce, t.tableDate(entry.p50))
            blocks.append(fields.render(style: style))
        } else {
            var dates = ""
            if let reached = forecast.thresholdReachedOn, let entry = forecast.entryIntoForce {
                dates += paragraph(f.tableIntro(lowerBound: forecast.isLowerBound))
                var table = TextTable(
                    header: ["", f.quantile(10), f.quantile(50), f.quantile(90)], fits: [.shrink(minimum: 12)])
                for (label, q) in [(thresholdRow, reached), (f.entryRow, entry)] {
                    table.rows.append([label, t.tableDate(q.p10), t.tableDate(q.p50), t.tableDate(q.p90)])
                }
                dates += ReportText.indent(table.render(style: style, width: inner))
            } else {
                dates += paragraph(f.noDates)
            }
            blocks.append(dates)
            if !forecast.inForceBy.isEmpty {
                blocks.append(
                    forecast.inForceBy.map { paragraph(f.inForceBy($0.date, probability: $0.probability, atMost: forecast.isLowerBound)) }
                        .joined())
            }
            if forecast.thresholdReachedOn != nil && forecast.basis.notReachedProbability > 0 {
                blocks.append(paragraph(f.notReached(forecast.basis.notReachedProbability)))
            }
            blocks.append(paragraph(f.basis(forecast.basis)) + paragraph(f.pace(forecast.basis, asOf: forecast.asOf)))
        }
        if !forecast.basis.assumed.isEmpty {
            let assumed = language.assumedList(
                forecast.basis.assumed.map { ($0.state, $0.action, $0.date) }, strings: t, directory: directory)
            blocks.append(paragraph("\(t.assumedLabel): \(assumed)"))
        }
        if !forecast.notes.isEmpty {
            blocks.append("  \(f.notesLabel):\n" + forecast.notes.map { paragraph("- " + f.note($0), hanging: "- ") }.joined())
        }
        return blocks.joined(separator: "\n")
    }
}
