import Plot
import RatifyCore

extension ReportHTML {
    /// The forecast's fact among the page's facts: the median entry into
    /// force, and under it the chance that the threshold is reached, which
    /// the dates assume, and the 10–90 per cent range; when not reaching it
    /// is at least as likely, that is the value, not a median date.
    static func forecastFact(_ forecast: Forecast, _ c: Context) -> Node<HTML.DescriptionListContext> {
        guard let dates = forecast.entryIntoForce else { return .empty }
        let value: Node<HTML.BodyContext> =
            forecast.neverLikelier
            ? .text(c.f.factNever(forecast.basis.notReachedProbability)) : c.date(dates.p50, sentence: true)
        return fact(c.f.factLabel, .group(value, .small(.text(c.f.factRange(forecast, dates: dates)))))
    }
}
