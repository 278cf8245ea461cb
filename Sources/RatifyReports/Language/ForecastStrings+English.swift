import RatifyCore

/// The forecast's English words. Dates as the medium writes them (ISO in
/// text, "1 July 2026" on the page), through `base`.
struct EnglishForecastStrings: ForecastStrings {
    var english: EnglishStrings
    var base: any ReportStrings { english }

    init(base: EnglishStrings) { english = base }

    // MARK: The table of dates

    func heading(title: String, treaty: String, asOf: CivilDate) -> String {
        "\(title) \(english.treatyID(treaty)): forecast as of \(english.sentenceDate(asOf))"
    }
    let sectionTitle = "Forecast"
    func tableIntro(lowerBound: Bool) -> String {
        lowerBound
            ? "No earlier than these dates, since a condition cannot be forecast (see the notes); each at most 10%, 50% and 90% likely by then:"
            : "The dates by which each is 10%, 50% and 90% likely:"
    }
    func quantile(_ percent: Int) -> String { "\(percent)%" }
    func thresholdRow(_ threshold: Int, severalConditions: Bool) -> String {
        severalConditions ? "All conditions met" : "The \(ordinal(threshold)) instrument"
    }
    let entryRow = "Entry into force"
    func inForceBy(_ date: CivilDate, probability: Double, atMost: Bool) -> String {
        // An upper bound under 1% is simply "under 1%"; one over 99% says nothing more than "at most 100%".
        let figure = percent(probability, under: "under 1%", over: atMost ? "100%" : "over 99%")
        return "In force by \(english.sentenceDate(date)): \(atMost && figure != "under 1%" ? "at most " : "")\(figure)"
    }
    let noDates = "No date can be forecast."
    func notReached(_ probability: Double) -> String {
        (probability >= 0.5 ? "More likely than not, the threshold is never reached. " : "")
            + "These dates assume the threshold is reached. Judging by the reference treaties, the chance that it is not, within the span "
            + "their records cover, is \(chance(probability)); the chances of being in force count it."
    }
    func chance(_ probability: Double) -> String { percent(probability, under: "under 1%", over: "over 99%") }

    /// "40th", "21st", "12th".
    func ordinal(_ n: Int) -> String { english.number(n) + EnglishOrdinal.suffix(n) }

    // MARK: The basis

    func basis(_ basis: Forecast.Basis) -> String {
        guard basis.referenceTreaties > 0 else { return "No reference treaty could be compared." }
        let nearest = basis.nearest.map { "\($0.title) (\($0.id))" }.joined(separator: "; ")
        return "Based on \(english.number(basis.referenceTreaties)) reference treaties of the UN depositary, weighted by how alike they "
            + "were at the same stage (worth \(decimal(basis.effectiveReferences, separator: ".")) equally weighted ones)"
            + (nearest.isEmpty ? "." : "; the nearest: \(nearest).")
    }
    func pace(_ basis: Forecast.Basis, asOf: CivilDate) -> String {
        // Not yet open (ForecastNote.notYetOpen): no pace of its own.
        guard basis.openedOn <= asOf else { return "Not yet open for signature: it opens on \(english.sentenceDate(basis.openedOn))." }
        return
            "Its own pace: \(decimal(basis.pacePerYear, separator: ".")) counted instruments a year since \(english.sentenceDate(basis.openedOn))."
    }
    let notesLabel = "Notes"
    func note(_ note: ForecastNote) -> String {
        switch note {
        case .thresholdReached(let date):
            "The threshold was reached on \(english.sentenceDate(date)): the dates are the record's, not a forecast."
        case .notYetOpen(let opens):
            "The treaty is not yet open for signature: it opens on \(english.sentenceDate(opens)). "
                + "The forecast counts from that day, as if made then; there is no pace of its own yet."
        case .thresholdReachedIfAssumed(let date):
            "If the assumed deposits are made, the threshold is reached on \(english.sentenceDate(date)) at the latest: "
                + "the dates rest on them, not on the record alone."
        case .onlyInstrumentsProjected(let asOf):
            "Signatures and denunciations dated after \(english.sentenceDate(asOf)) are not part of the forecast; "
                + "only instruments of consent are projected from their dates."
        default:
            // No date in them: the core's wording is the English.
            note.description
        }
    }

    // MARK: The page and its chart

    let factLabel = "Entry into force, forecast"
    func factNever(_ notReached: Double) -> String { "Not reached, more likely than not (\(chance(notReached)))" }
    func factRange(_ forecast: Forecast, dates: Forecast.Quantiles) -> String {
        let never = forecast.neverLikelier
        let reached = 1 - forecast.basis.notReachedProbability
        return (forecast.isLowerBound ? "no earlier than this; " : "")
            + (forecast.basis.notReachedProbability > 0 ? "if the threshold is reached (\(chance(reached))): " : "")
            + (never ? "median \(english.tableDate(dates.p50)), " : "")
            + "10–90%: \(english.tableDate(dates.p10)) to \(english.tableDate(dates.p90))"
    }
    let legendCountBand = "Forecast, 10–90%"
    let legendEntryBand = "Entry into force, 10–90%"
    let markerMedian = "In force: median"
    func chartCaption(_ forecast: Forecast) -> String {
        "The bands are a forecast, not a record, and hold if the threshold is reached: the counted instruments over time and the "
            + "entry-into-force date, each between its 10% and 90% likely values"
            + (forecast.isLowerBound ? ", no earlier than shown" : "") + ". " + chances(forecast)
            + "\(basis(forecast.basis)) \(pace(forecast.basis, asOf: forecast.asOf))"
    }
    /// The chance of never getting there and of being in force by each year's end, each a sentence ending in a space.
    func chances(_ forecast: Forecast) -> String {
        let notReached = forecast.basis.notReachedProbability
        let never =
            forecast.neverLikelier
            ? "More likely than not, the threshold is never reached: the chance that it is not is \(chance(notReached)). "
            : notReached > 0 ? "The chance that the threshold is not reached: \(chance(notReached)). " : ""
        return never
            + forecast.inForceBy.map { inForceBy($0.date, probability: $0.probability, atMost: forecast.isLowerBound) + ". " }.joined()
    }
    func chartDescription(_ forecast: Forecast) -> String {
        let long = EnglishStrings(isoDates: false)
        guard let entry = forecast.entryIntoForce else { return "" }
        return "Forecast, if the threshold is reached: entry into force between \(long.sentenceDate(entry.p10)) and "
            + "\(long.sentenceDate(entry.p90)) (10% and 90% likely), \(long.sentenceDate(entry.p50)) at the median. "
            + chances(forecast).trimmingSuffix()
    }
}

extension String {
    /// Without its trailing spaces.
    func trimmingSuffix() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
