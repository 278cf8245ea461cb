import RatifyCore

/// Every word of the forecast (`ratify forecast`, the report's forecast
/// section, the chart's shaded bands), one implementation per language:
/// `EnglishForecastStrings` and `VietnameseForecastStrings`
/// (ForecastStrings+Vietnamese.swift, for a translator to review). Numbers
/// and dates come from the language's `ReportStrings` (`base`), so they are
/// written as everywhere else in the same medium. Each requirement's comment
/// gives the English.
protocol ForecastStrings: Sendable {
    /// The language's other words, for numbers, dates and shared labels.
    var base: any ReportStrings { get }

    // MARK: The table of dates

    /// "United Nations Convention against Cybercrime (hanoi): forecast as of 2026-11-22".
    func heading(title: String, treaty: String, asOf: CivilDate) -> String
    /// "Forecast": the report's section.
    var sectionTitle: String { get }
    /// "Dates by which each is 10%, 50% and 90% likely:", or, when a
    /// condition cannot be forecast, that they are the earliest possible.
    func tableIntro(lowerBound: Bool) -> String
    /// A column head: "10%".
    func quantile(_ percent: Int) -> String
    /// The row of the threshold: "The 40th instrument", or "All conditions met" for several.
    func thresholdRow(_ threshold: Int, severalConditions: Bool) -> String
    /// The row of entry into force: "Entry into force".
    var entryRow: String { get }
    /// "In force by 2027-12-31: 27%" ("at most 27%" when the dates are a lower bound).
    func inForceBy(_ date: CivilDate, probability: Double, atMost: Bool) -> String
    /// "No date can be forecast."
    var noDates: String { get }
    /// The dates assume the threshold is reached: the chance that it is not
    /// within the span the references cover; said plainly first when that
    /// is more likely than not (`neverLikelier`).
    func notReached(_ probability: Double) -> String

    // MARK: The basis

    /// "Based on 143 reference treaties (worth 18.3 equally weighted ones); the nearest: A (18-12), B (…), C (…)."
    func basis(_ basis: Forecast.Basis) -> String
    /// "Its own pace: 10.7 counted instruments a year since 2025-10-25", or that it is not yet open.
    func pace(_ basis: Forecast.Basis, asOf: CivilDate) -> String
    /// "Notes" above the notes.
    var notesLabel: String { get }
    /// A note in the language (the JSON keeps `ForecastNote.description`, in English).
    func note(_ note: ForecastNote) -> String

    // MARK: The page and its chart

    /// The fact on the page: "Entry into force, forecast"; its value is the
    /// median date, or `factNever` when not reaching the threshold is more likely.
    var factLabel: String { get }
    /// The fact's value when "never" is more likely than not: "Not reached, more likely than not (56%)".
    func factNever(_ notReached: Double) -> String
    /// Under the value: "if the threshold is reached (83%); 10–90%: 12 Sep 2027 to 18 Feb 2031",
    /// with "median 27 May 2049" when the value is `factNever`, "no earlier than this" for a lower bound.
    func factRange(_ forecast: Forecast, dates: Forecast.Quantiles) -> String
    /// The legend of the count's band: "Forecast, 10–90%".
    var legendCountBand: String { get }
    /// The legend of the entry-into-force band: "Entry into force, 10–90%".
    var legendEntryBand: String { get }
    /// The median entry into force's marker: "In force: median".
    var markerMedian: String { get }
    /// After the chart's caption: what the bands are and what they rest on.
    func chartCaption(_ forecast: Forecast) -> String
    /// The bands in words, for the chart's `<desc>`.
    func chartDescription(_ forecast: Forecast) -> String
}

extension ForecastStrings {
    /// A probability as a whole percentage; "under 1%" and "over 99%" rather than a 0 or 100 that is not certain.
    func percent(_ probability: Double, under: String, over: String) -> String {
        if probability > 0 && probability < 0.005 { return under }
        if probability < 1 && probability >= 0.995 { return over }
        return "\(Int((probability * 100).rounded()))%"
    }

    /// One decimal with the language's separator: "18.3", "18,3".
    func decimal(_ value: Double, separator: String) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(base.number(tenths / 10))\(separator)\(abs(tenths % 10))"
    }
}

extension ReportLanguage {
    func forecastStrings(_ medium: Medium) -> any ForecastStrings {
        switch self {
        case .english: EnglishForecastStrings(base: EnglishStrings(isoDates: medium == .text))
        case .vietnamese: VietnameseForecastStrings()
        }
    }
}

extension Forecast {
    /// Not reaching the threshold is at least as likely as reaching it: the
    /// words then say so rather than give a median date as the forecast.
    var neverLikelier: Bool { basis.notReachedProbability >= 0.5 }
}
