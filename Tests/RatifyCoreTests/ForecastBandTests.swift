import RatifyCore
import Testing

/// The chart's count band and the dates come from the same draws, so they
/// tell one story; the threshold reached only through `--assume` is not the
/// record's; the clock and the earliest entry into force start at the opening.
@Suite struct ForecastBandTests {
    let hanoi = BuiltInTreaties.hanoi
    let base = ForecastTests()

    /// The reviewer's cases: before the opening (17% never), on it, and later.
    @Test(arguments: [(0, "2025-01-01"), (0, "2025-10-25"), (5, "2026-03-01"), (11, "2027-06-01"), (11, "2040-12-31")])
    func theBandCrossesTheThresholdAtTheDates(ratified: Int, asOf: String) throws {
        let result = Forecaster.forecast(treaty: hanoi, actions: base.hanoiRecord(ratified: ratified), asOf: d(asOf))
        let reached = try #require(result.thresholdReachedOn)
        #expect(!result.countBand.isEmpty)
        // The band's median reaches 40 on the first of its dates on or after the
        // 50% date, its 90% line after the 10% date, its 10% line after the 90% date.
        for point in result.countBand {
            #expect((point.p50 >= 40) == (point.date >= reached.p50), "\(asOf): median \(point.p50) on \(point.date)")
            #expect((point.p90 >= 40) == (point.date >= reached.p10), "\(asOf): 90% \(point.p90) on \(point.date)")
            #expect((point.p10 >= 40) == (point.date >= reached.p90), "\(asOf): 10% \(point.p10) on \(point.date)")
        }
        #expect(result.countBand.last!.p10 == 40, "\(asOf): the band goes past the 90% date")
    }

    /// 29 assumed deposits dated before as-of reach the threshold: the dates
    /// are theirs, not the record's, and without as-of the same is said.
    @Test func aThresholdReachedOnlyByAssumedDepositsIsNotTheRecords() throws {
        let record = base.hanoiRecord(ratified: 11)
        let bound = Set(record.filter(\.kind.isConsent).map(\.participant))
        let assumed = states(72).filter { !bound.contains($0) }.prefix(29).map { assume($0, .ratification, "2027-01-15") }
        let past = Forecaster.forecast(treaty: hanoi, actions: record + assumed, asOf: d("2030-01-01"))
        #expect(!past.isCertain && past.isSettledByAssumptions)
        #expect(past.thresholdReachedOn == .certain(d("2027-01-15")))
        #expect(past.notes == [.thresholdReachedIfAssumed(d("2027-01-15"))])
        #expect(past.basis.assumed.count == 29)
        let now = Forecaster.forecast(treaty: hanoi, actions: record + assumed, asOf: d("2026-11-27"))
        #expect(!now.isCertain && now.basis.notReachedProbability == 0)
        #expect(now.notes.contains(.thresholdReachedIfAssumed(d("2027-01-15"))))
        #expect(try #require(now.thresholdReachedOn).p90 <= d("2027-01-15"))
        // What is on record alone still settles the dates as the record's.
        let recorded = Forecaster.forecast(treaty: hanoi, actions: base.hanoiRecord(ratified: 40), asOf: d("2030-01-01"))
        #expect(recorded.isCertain && !recorded.isSettledByAssumptions)
    }

    @Test func onTheOpeningDayTheTreatyIsNoDaysOld() {
        let result = Forecaster.forecast(treaty: hanoi, actions: [], asOf: d("2025-10-25"))
        #expect(result.basis.ageDays == 0 && result.basis.openedOn == d("2025-10-25"))
        #expect(!result.notes.contains(.notYetOpen(opens: d("2025-10-25"))))
    }

    /// Nothing can be deposited before the opening: the earliest entry into
    /// force is the opening's plus the 90 days, not as-of's.
    @Test func beforeTheOpeningTheEarliestEntryIntoForceCountsFromIt() {
        let before = Engine.status(of: hanoi, actions: [], asOf: d("2025-01-01"))
        #expect(before.earliestEntryIntoForce == d("2026-01-23") && before.earliestDepositOn == d("2025-10-25"))
        let after = Engine.status(of: hanoi, actions: [], asOf: d("2026-01-01"))
        #expect(after.earliestEntryIntoForce == d("2026-04-01") && after.earliestDepositOn == d("2026-01-01"))
    }
}
