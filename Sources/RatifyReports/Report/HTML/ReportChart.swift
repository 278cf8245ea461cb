import RatifyCore

/// The chart of the HTML report, as inline SVG: the cumulative signatures and
/// counted instruments as step lines, the threshold as a horizontal line, the
/// threshold and entry-into-force dates as labelled vertical lines.
///
/// Written as a string rather than with Plot: Plot has no SVG DSL (its element
/// and attribute functions are typed by HTML context, with no `svg`, `path`,
/// `line`, `viewBox`, …), and `.element(named:)` would give neither type
/// checking nor attribute escaping (Plot writes attribute values verbatim).
/// Every number here is formatted by `number`, every text goes through
/// `HTMLEscaping.escape`; the page embeds the result with `.raw`.
enum ReportChart {
    /// The chart is drawn twice, wide for a desktop or print and narrow for a
    /// phone (the page shows one by a media query), so that its text is never
    /// scaled down below reading size.
    struct Layout: Sendable {
        var width: Double
        var plotHeight: Double
        /// At most this many date labels.
        var maxTicks: Int
        /// Prefix of the ids of the chart's title and description.
        var id: String
        var plotLeft: Double { 48 }
        var plotRight: Double { width - 20 }

        static let wide = Layout(width: 760, plotHeight: 250, maxTicks: 8, id: "chart")
        static let narrow = Layout(width: 400, plotHeight: 220, maxTicks: 4, id: "chart-narrow")
    }

    static let fontSize = 12.0
    /// A marker's label is two lines: what happened, and the date.
    static let markerRowHeight = 32.0
    static let legendRowHeight = 22.0

    static let textColour = "#1f2937"
    static let signatureColour = "#1d4ed8"
    static let countedColour = "#b45309"
    static let thresholdColour = "#111827"
    static let reachedColour = "#6d28d9"
    static let forceColour = "#047857"
    static let mutedColour = "#4b5563"
    static let gridColour = "#e5e7eb"
    static let futureFill = "#f3f4f6"

    struct Marker {
        var date: CivilDate
        var title: String
        var colour: String
        /// A forecast's marker is dashed.
        var dash = ""
    }

    /// A marker's label placed above the plot: its row, and on which side of the line.
    struct Placement: Equatable {
        var x: Double
        var row: Int
        var anchorEnd: Bool
        var extent: ClosedRange<Double>
    }

    static func svg(
        status: TreatyStatus, series: ProgressSeries, layout: Layout = .wide, strings t: any ReportStrings,
        forecast: Forecast? = nil, forecastStrings: (any ForecastStrings)? = nil
    ) -> String {
        let asOf = status.asOf
        let bands = ForecastBands(forecast, strings: forecastStrings)
        let width = layout.width
        let plotLeft = layout.plotLeft
        let plotRight = layout.plotRight
        let plotHeight = layout.plotHeight

        // The dates shown: from the first signature or deposit to the as-of
        // date, or to entry into force when that is still to come (or the
        // forecast's latest entry into force); four weeks
        // at least; a little room on each side so no step sits on the frame.
        let first = [series.signatures.first?.date, series.counted.first?.date].compactMap { $0 }.min() ?? asOf
        var end = max(asOf, status.entryIntoForce ?? asOf, bands?.end ?? asOf)
        var start = min(first, end.adding(days: -28))
        let pad = max(1, start.days(until: end) / 40)
        start = start.adding(days: -pad)
        end = end.adding(days: pad)
        let span = Double(start.days(until: end))
        func x(_ date: CivilDate) -> Double { plotLeft + Double(start.days(until: date)) / span * (plotRight - plotLeft) }

        var markers: [Marker] = []
        if let reached = status.thresholdReachedOn {
            markers.append(Marker(date: reached, title: t.markerThresholdReached, colour: reachedColour))
        }
        if let eif = status.entryIntoForce {
            markers.append(Marker(date: eif, title: status.inForce ? t.markerInForce : t.markerEntersIntoForce, colour: forceColour))
        }
        if let bands { markers.append(bands.marker) }
        let placements = place(
            markers.map { (x($0.date), max(estimatedWidth($0.title, bold: true), estimatedWidth(t.chartDate($0.date)))) }, width: width)
        let rows = (placements.map(\.row).max() ?? -1) + 1

        // The legend, in as many rows as the width needs; the as-of date is in
        // it when the chart goes on past it.
        let future = end > asOf.adding(days: pad)
        var legend = [
            (t.legendSignatures, signatureColour, 3.0, ""), (t.legendCounted, countedColour, 3.0, ""),
            (t.legendThreshold(status.threshold), thresholdColour, 2.0, " stroke-dasharray=\"6 4\""),
        ]
        if future { legend.append((t.legendAsOf(asOf), mutedColour, 2.0, " stroke-dasharray=\"3 3\"")) }
        legend += bands?.legend ?? []
        var legendItems: [(x: Double, y: Double, item: (String, String, Double, String))] = []
        var legendX = plotLeft
        var legendY = 18.0
        for item in legend {
            let itemWidth = 28 + estimatedWidth(item.0)
            if legendX > plotLeft, legendX + itemWidth > width - 4 {
                legendX = plotLeft
                legendY += legendRowHeight
            }
            legendItems.append((legendX, legendY, item))
            legendX += itemWidth + 22
        }
        let markersTop = legendY + 30
        let plotTop = markersTop + Double(rows) * markerRowHeight + 10
        let plotBottom = plotTop + plotHeight
        let height = plotBottom + 34

        // The count axis: a round step, at most six intervals, room above the highest line.
        let highest = max(status.threshold, series.signatures.map(\.count).max() ?? 0, series.counted.map(\.count).max() ?? 0, 1)
        let yStep =
            [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000].first { highest / $0 + 1 <= 6 }
            ?? Int((Double(highest) / 5).rounded(.up))
        let yMax = Double((highest / yStep + 1) * yStep)
        func y(_ value: Int) -> Double { plotBottom - Double(value) / yMax * plotHeight }

        let id = HTMLEscaping.escape(layout.id)
        var svg =
            #"<svg class="chart" viewBox="0 0 \#(number(width)) \#(number(height))" role="img" aria-labelledby="\#(id)-title \#(id)-desc" font-size="\#(number(fontSize))">"#
        svg += "\n<title id=\"\(id)-title\">\(HTMLEscaping.escape(t.chartTitle))</title>"
        let description = t.chartDescription(status, series: series) + (bands.map { " " + $0.f.chartDescription($0.forecast) } ?? "")
        svg += "\n<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>"

        for (lx, ly, (label, colour, strokeWidth, dash)) in legendItems {
            svg += "\n" + line(lx, ly - 4, lx + 22, ly - 4, colour, width: strokeWidth, extra: dash)
            svg += text(lx + 28, ly, label, fill: textColour)
        }

        // What lies after the as-of date is still to come: shaded, and the as-of date marked.
        let asOfX = x(asOf)
        if future {
            svg +=
                "\n<rect x=\"\(number(asOfX))\" y=\"\(number(plotTop))\" width=\"\(number(plotRight - asOfX))\" height=\"\(number(plotHeight))\" fill=\"\(futureFill)\"/>"
        }

        // Count gridlines and labels.
        var value = 0
        while Double(value) <= yMax {
            svg += "\n" + line(plotLeft, y(value), plotRight, y(value), value == 0 ? mutedColour : gridColour, width: 1)
            svg += text(plotLeft - 8, y(value) + 4, t.number(value), fill: mutedColour, anchor: "end")
            value += yStep
        }

        // Date ticks and labels, kept inside the frame at both ends.
        let scale = DateAxis.scale(from: start, to: end, maxLabels: layout.maxTicks)
        for tick in DateAxis.labelled(scale.ticks.map(\.date), scale.unit, strings: t) {
            let tx = x(tick.date)
            svg += "\n" + line(tx, plotBottom, tx, plotBottom + 5, mutedColour, width: 1)
            let half = estimatedWidth(tick.label) / 2
            let anchor = tx - half < 2 ? "start" : tx + half > width - 2 ? "end" : "middle"
            let lx = anchor == "start" ? max(2, tx - 4) : anchor == "end" ? min(width - 2, tx + 4) : tx
            svg += text(lx, plotBottom + 20, tick.label, fill: mutedColour, anchor: anchor)
        }

        // The forecast's bands, the threshold, the marker lines, then the data on top of them.
        if let bands { svg += bands.svg(x: x, y: y, top: plotTop, threshold: status.threshold) }
        svg +=
            "\n"
            + line(
                plotLeft, y(status.threshold), plotRight, y(status.threshold), thresholdColour, width: 1.5,
                extra: " stroke-dasharray=\"6 4\"")
        for (marker, placement) in zip(markers, placements) {
            let top = markersTop + Double(placement.row) * markerRowHeight - fontSize
            svg += "\n" + line(placement.x, top, placement.x, plotBottom, marker.colour, width: 1.5, extra: marker.dash)
        }
        if future {
            svg += "\n" + line(asOfX, plotTop, asOfX, plotBottom, mutedColour, width: 1.5, extra: " stroke-dasharray=\"3 3\"")
        }
        for (points, colour, signatures) in [
            (series.signatures, signatureColour, true), (series.counted, countedColour, false),
        ] {
            var path = "M\(number(x(start))) \(number(y(0)))"
            for point in points {
                path += "H\(number(x(point.date)))V\(number(y(point.count)))"
            }
            path += "H\(number(asOfX))"
            let last = ProgressSeries.value(of: points, on: asOf)
            svg +=
                "\n<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"><title>\(HTMLEscaping.escape(t.lineValue(last, signatures: signatures, on: asOf)))</title></path>"
            svg += "<circle cx=\"\(number(asOfX))\" cy=\"\(number(y(last)))\" r=\"3.5\" fill=\"\(colour)\"/>"
        }

        // The values on the as-of date beside their points, nudged apart when close;
        // left of the points when there is no room on the right.
        let signed = ProgressSeries.value(of: series.signatures, on: asOf)
        let counted = ProgressSeries.value(of: series.counted, on: asOf)
        var signedY = y(signed) + 4
        var countedY = y(counted) + 4
        if abs(signedY - countedY) < 14 {
            if signed >= counted { signedY = countedY - 14 } else { countedY = signedY - 14 }
        }
        let onLeft = asOfX + 36 > width
        for (label, ly, colour) in [(t.number(signed), signedY, signatureColour), (t.number(counted), countedY, countedColour)] {
            svg +=
                "\n"
                + text(
                    onLeft ? asOfX - 7 : asOfX + 7, onLeft ? ly - 9 : ly, label, fill: colour, anchor: onLeft ? "end" : "start", bold: true)
        }
        for (marker, placement) in zip(markers, placements) {
            let ly = markersTop + Double(placement.row) * markerRowHeight
            let lx = placement.anchorEnd ? placement.x - 5 : placement.x + 5
            let anchor = placement.anchorEnd ? "end" : "start"
            svg += "\n" + text(lx, ly, marker.title, fill: marker.colour, anchor: anchor, bold: true)
            svg += text(lx, ly + 15, t.chartDate(marker.date), fill: marker.colour, anchor: anchor)
        }
        svg += "\n</svg>"
        return svg
    }

    /// Places each label (the x of its line and the label's width) above the
    /// plot: the first row, right of its line if it fits in the chart, else
    /// left, where it overlaps no other label and crosses no line of a label
    /// above it (each line runs down from its own label). A label that fits
    /// nowhere like that takes the first row where it overlaps no label.
    static func place(_ labels: [(x: Double, width: Double)], width: Double) -> [Placement] {
        var placed: [Placement] = []
        func candidates(_ label: (x: Double, width: Double), row: Int) -> [Placement] {
            [false, true].compactMap { anchorEnd in
                let extent = anchorEnd ? (label.x - 5 - label.width)...label.x : label.x...(label.x + 5 + label.width)
                guard extent.lowerBound >= 2, extent.upperBound <= width - 2 else { return nil }
                return Placement(x: label.x, row: row, anchorEnd: anchorEnd, extent: extent)
            }
        }
        func clearOfLabels(_ p: Placement) -> Bool {
            placed.allSatisfy { $0.row != p.row || !$0.extent.overlaps((p.extent.lowerBound - 10)...(p.extent.upperBound + 10)) }
        }
        func clearOfLines(_ p: Placement) -> Bool {
            placed.allSatisfy { other in
                // Another line through this label, or this line through another label.
                !(other.row < p.row && p.extent.contains(other.x)) && !(p.row < other.row && other.extent.contains(p.x))
            }
        }
        for label in labels {
            let rows = 0...placed.count
            let best =
                rows.lazy.flatMap { candidates(label, row: $0) }.first { clearOfLabels($0) && clearOfLines($0) }
                ?? rows.lazy.flatMap { candidates(label, row: $0) }.first(where: clearOfLabels)
                ?? Placement(x: label.x, row: placed.count, anchorEnd: true, extent: (label.x - label.width)...label.x)
            placed.append(best)
        }
        return placed
    }
}
