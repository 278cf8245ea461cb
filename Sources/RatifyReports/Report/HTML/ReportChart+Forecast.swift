import RatifyCore

/// The forecast on the chart: a shaded band for the 10–90 per cent range of
/// the counted instruments from the as-of date on (the core's `countBand`),
/// its median as a dashed line, and a shaded band for the 10–90 per cent
/// range of the entry-into-force date above the threshold's line, its median
/// marked above the plot. The two bands never overlap: the count's is cut at
/// the threshold, past which the borrowed deposits (bunched where a
/// reference had few left to go) say nothing about when it is reached.
extension ReportChart {
    /// The forecast and its words, when there is a band to draw: not once
    /// the record settles the dates, nor when no date can be forecast.
    struct ForecastBands {
        var forecast: Forecast
        var entry: Forecast.Quantiles
        var f: any ForecastStrings

        init?(_ forecast: Forecast?, strings: (any ForecastStrings)?) {
            guard let forecast, let strings, !forecast.isCertain, let entry = forecast.entryIntoForce, !forecast.countBand.isEmpty
            else { return nil }
            self.forecast = forecast
            self.entry = entry
            self.f = strings
        }

        /// The last date the chart must show.
        var end: CivilDate { max(entry.p90, forecast.countBand.last?.date ?? entry.p90) }
        /// The two legend swatches: thick translucent strokes, drawn as the other legend lines are.
        var legend: [(String, String, Double, String)] {
            [
                (f.legendCountBand, countedColour, 10, " stroke-opacity=\"\(bandOpacity)\""),
                (f.legendEntryBand, forceColour, 10, " stroke-opacity=\"\(entryOpacity)\""),
            ]
        }

        /// The median entry into force, marked like the record's dates but dashed.
        var marker: Marker {
            Marker(date: entry.p50, title: f.markerMedian, colour: forceColour, dash: " stroke-dasharray=\"4 3\"")
        }

        /// The bands, under the lines of the record: the entry-into-force
        /// range from the plot's top down to the threshold's line, then the
        /// count's range from the as-of date's count on, and its median.
        func svg(x: (CivilDate) -> Double, y yOf: (Int) -> Double, top: Double, threshold: Int) -> String {
            let cut = max(threshold, forecast.counted)
            func y(_ count: Int) -> Double { yOf(min(count, cut)) }
            let left = x(entry.p10)
            var out =
                "\n<rect class=\"forecast-entry-band\" x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(max(1, x(entry.p90) - left)))\""
                + " height=\"\(number(y(threshold) - top))\" fill=\"\(forceColour)\" fill-opacity=\"\(entryOpacity)\">"
                + "<title>\(HTMLEscaping.escape(f.legendEntryBand))</title></rect>"
            let start = (x(forecast.asOf), y(forecast.counted))
            let upper = [start] + forecast.countBand.map { (x($0.date), y($0.p90)) }
            let lower = forecast.countBand.reversed().map { (x($0.date), y($0.p10)) } + [start]
            let points = (upper + lower).map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
            out +=
                "\n<polygon class=\"forecast-band\" points=\"\(points)\" fill=\"\(countedColour)\" fill-opacity=\"\(bandOpacity)\">"
                + "<title>\(HTMLEscaping.escape(f.legendCountBand))</title></polygon>"
            let median = ([start] + forecast.countBand.map { (x($0.date), y($0.p50)) }).map { "\(number($0.0)) \(number($0.1))" }
            out +=
                "\n<path class=\"forecast-median\" d=\"M\(median.joined(separator: "L"))\" fill=\"none\" stroke=\"\(countedColour)\""
                + " stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
            return out
        }
    }

    static let bandOpacity = "0.28"
    static let entryOpacity = "0.14"
}
