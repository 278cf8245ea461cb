import Foundation
import RatifyCore
import Testing

/// The chart's series, computed by the engine from the treaty's definition.
@Suite struct ProgressSeriesTests {
    /// A small treaty: in force 30 days after the third instrument; REIOs not counted.
    let treaty = definition(#"{"id": "small", "threshold": 3, "entry_into_force": ["+30d"], "reio_counts": false}"#)

    /// Four signatures, three counted ratifications (the third on 2026-03-01) and the EU's uncounted approval.
    let actions = [
        act("FRA", .signature, "2025-10-25", id: 1), act("DEU", .signature, "2025-10-25", id: 2),
        act("EUU", .signature, "2025-10-26", id: 3), act("VNM", .signature, "2025-11-10", id: 4),
        act("FRA", .ratification, "2026-01-10", id: 5), act("EUU", .approval, "2026-02-01", id: 6),
        act("DEU", .ratification, "2026-02-15", id: 7), act("VNM", .ratification, "2026-03-01", id: 8),
    ]

    @Test func theSeriesCountsSignaturesAndCountedInstrumentsByDate() {
        let series = Engine.series(of: treaty, actions: actions, asOf: d("2026-03-10"))
        #expect(series.signatures.map(\.count) == [2, 3, 4])
        #expect(series.signatures.map(\.date) == ["2025-10-25", "2025-10-26", "2025-11-10"].map(d))
        // The EU's approval of 2026-02-01 is not counted (reio_counts false).
        #expect(series.counted.map(\.date) == ["2026-01-10", "2026-02-15", "2026-03-01"].map(d))
        #expect(series.counted.last?.count == Engine.status(of: treaty, actions: actions, asOf: d("2026-03-10")).counted)
        #expect(ProgressSeries.value(of: series.counted, on: d("2026-02-28")) == 2)
    }

    @Test func anREIOCountsWhenTheTreatySaysSo() {
        var counting = treaty
        counting.reioCounts = true
        let series = Engine.series(of: counting, actions: actions, asOf: d("2026-03-10"))
        #expect(series.counted.map(\.count) == [1, 2, 3, 4])
        #expect(Engine.status(of: counting, actions: actions, asOf: d("2026-03-10")).counted == 4)
    }

    @Test func onlyDatesOnOrBeforeAsOfAndDenunciationsOnceEffective() {
        let actions = actions + [act("DEU", .denunciation, "2026-04-01", id: 9)]
        // A denunciation takes effect a year later by default.
        #expect(Engine.series(of: treaty, actions: actions, asOf: d("2027-03-31")).counted.last?.count == 3)
        let after = Engine.series(of: treaty, actions: actions, asOf: d("2027-04-01"))
        #expect(after.counted.last == ProgressSeries.Point(date: d("2027-04-01"), count: 2))
        #expect(after.counted.last?.count == Engine.status(of: treaty, actions: actions, asOf: d("2027-04-01")).counted)
        let early = Engine.series(of: treaty, actions: actions, asOf: d("2026-01-31"))
        #expect(early.counted.map(\.count) == [1] && early.signatures.last?.count == 4)
    }

    /// A participant that denounced and later consented again: the first
    /// period ends when its denunciation takes effect (the treaty's steps),
    /// not at the new instrument.
    @Test func aSecondPeriodOfConsentCountsFromItsOwnDeposit() {
        let steps = definition(#"{"id": "small", "threshold": 3, "entry_into_force": ["+30d"], "denunciation": ["+6m"]}"#)
        let actions = [act("FRA", .accession, "2020-01-01"), act("FRA", .denunciation, "2021-01-01"), act("FRA", .accession, "2023-01-01")]
        let series = Engine.series(of: steps, actions: actions, asOf: d("2024-01-01"))
        #expect(
            series.counted == [
                ProgressSeries.Point(date: d("2020-01-01"), count: 1), ProgressSeries.Point(date: d("2021-07-01"), count: 0),
                ProgressSeries.Point(date: d("2023-01-01"), count: 1),
            ])
    }
}
