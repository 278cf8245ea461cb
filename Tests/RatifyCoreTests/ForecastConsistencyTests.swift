import Foundation
import RatifyCore
import Testing

/// A hypothetical action, as `--assume` makes it.
func assume(_ participant: String, _ kind: ActionKind, _ date: String) -> ActionRecord {
    ActionRecord(participant: participant, kind: kind, date: d(date), note: "assumed", provenance: .assumption)
}

/// What a forecast says must hold together, and must rest only on what was
/// known on its as-of date: the chances agree with the dates, a past as-of
/// replays that day, a treaty not yet open is forecast from its opening, a
/// long wait only makes "never" likelier, and a group's depositors are
/// participants that can still deposit.
@Suite struct ForecastConsistencyTests {
    let hanoi = BuiltInTreaties.hanoi
    let base = ForecastTests()

    func forecast(_ treaty: TreatyDefinition, _ actions: [ActionRecord], asOf: String) -> Forecast {
        Forecaster.forecast(treaty: treaty, actions: actions, asOf: d(asOf))
    }

    /// 11 ratifications by mid-2026, then nothing: the demo's stall.
    var stalled: [ActionRecord] { base.hanoiRecord(ratified: 11) }

    // MARK: The chances agree with the dates

    @Test(arguments: [
        (5, "2026-03-01"), (11, "2026-11-27"), (11, "2027-06-01"), (11, "2028-06-01"), (30, "2026-11-27"), (11, "2030-01-01"),
        (11, "2060-01-01"), (0, "2025-11-01"),
    ])
    func theChanceOfBeingInForceByADateAgreesWithTheDates(ratified: Int, asOf: String) throws {
        let result = forecast(hanoi, base.hanoiRecord(ratified: ratified), asOf: asOf)
        let entry = try #require(result.entryIntoForce)
        let reachable = 1 - result.basis.notReachedProbability
        let dates = result.inForceBy
        #expect(dates.count == 3)
        for (p, date) in [(0.1, entry.p10), (0.5, entry.p50), (0.9, entry.p90)] {
            for probability in dates where probability.date >= date {
                #expect(probability.probability >= p * reachable - 1e-9, "\(asOf): by \(probability.date) after the \(p) date \(date)")
            }
            for probability in dates where probability.date < date {
                #expect(probability.probability <= p * reachable + 1e-9, "\(asOf): by \(probability.date) before the \(p) date \(date)")
            }
        }
        #expect(result.inForceBy.allSatisfy { $0.probability <= reachable + 1e-9 })
    }

    /// The reviewer's case: by the end of 2029, after the 90 per cent date
    /// (2029-07-30) with 7% of never, at least 0.93 × 0.9.
    @Test func afterTheNinetyPerCentDateTheChanceIsAtLeastNinetyPerCentOfTheReachableShare() throws {
        let result = forecast(hanoi, stalled, asOf: "2027-06-01")
        let entry = try #require(result.entryIntoForce)
        let after = result.inForceBy.filter { $0.date >= entry.p90 }
        #expect(!after.isEmpty)
        for probability in after {
            #expect(probability.probability >= 0.9 * (1 - result.basis.notReachedProbability) - 1e-9)
        }
    }

    // MARK: A past as-of replays what was known that day

    @Test func aPastAsOfIgnoresWhatWasRecordedLaterAndAssumesNothing() {
        // The 40th ratification on 2026-10-10.
        let record = base.hanoiRecord(ratified: 40)
        let known = record.filter { $0.date <= d("2026-03-01") }
        let replayed = forecast(hanoi, record, asOf: "2026-03-01")
        #expect(replayed.basis.assumed.isEmpty)
        #expect(replayed == forecast(hanoi, known, asOf: "2026-03-01"))
        #expect(!replayed.notes.contains { if case .onlyInstrumentsProjected = $0 { true } else { false } })
        // The same deposits as --assume are projected, and said to be assumed.
        let later = record.filter { $0.date > d("2026-03-01") }.map { assume($0.participant, $0.kind, $0.date.description) }
        let assumed = forecast(hanoi, known + later, asOf: "2026-03-01")
        #expect(assumed.basis.assumed.count == later.filter(\.kind.isConsent).count && !assumed.basis.assumed.isEmpty)
        #expect(assumed.thresholdReachedOn!.p90 <= d("2026-10-10"))
        #expect(replayed.thresholdReachedOn!.p90 > d("2026-10-10"))
    }

    @Test func beforeTheOpeningTheForecastStartsFromItAndClaimsNoPace() throws {
        let opens = hanoi.signatureOpens!
        let result = forecast(hanoi, stalled, asOf: "2024-01-01")
        #expect(result.counted == 0 && result.basis.signatories == 0)
        #expect(result.notes.contains(.notYetOpen(opens: opens)))
        #expect(result.basis.ageDays == 0 && result.basis.pacePerYear == 0 && result.basis.assumed.isEmpty)
        let reached = try #require(result.thresholdReachedOn)
        // Forty instruments take more than a few months from an opening, by every reference.
        #expect(reached.p10 > opens.adding(months: 6))
        #expect(result.notes.first { if case .notYetOpen = $0 { true } else { false } }!.description.contains("not yet open"))
    }

    // MARK: A long wait

    @Test func theChanceOfNeverReachingTheThresholdGrowsAsTheStallLengthens() {
        let years = ["2026-11-27", "2028-01-01", "2030-01-01", "2040-01-01", "2060-01-01", "2100-01-01", "2200-01-01"]
        let never = years.map { forecast(hanoi, stalled, asOf: $0).basis.notReachedProbability }
        #expect(never == never.sorted(), "\(never)")
        #expect(never[4] > 0.5, "after 34 years at 11 of 40: \(never)")
        let ancient = forecast(hanoi, stalled, asOf: "2200-01-01")
        #expect(ancient.notes.contains { if case .olderThanEveryReference = $0 { true } else { false } })
        #expect(
            !forecast(hanoi, stalled, asOf: "2030-01-01").notes.contains { if case .olderThanEveryReference = $0 { true } else { false } })
    }

    // MARK: Who can still deposit

    @Test func aGroupsFormerStatesAndTerritoriesNeverDeposit() throws {
        let codes = states(60)
        let current = Array(codes.suffix(3))
        let json = { (group: [String]) in
            definition(
                #"{"id": "g", "conditions": [{"count": 15}, {"count": 3, "group": "g"}], "entry_into_force": ["+3m"], "signature_opens": "2020-01-15", "groups": {"g": \#(group)}}"#
            )
        }
        let actions = codes.prefix(40).map { act($0, .signature, "2020-01-15") } + accessions(Array(codes.prefix(10)), on: ["2020-06-01"])
        let withFormer = forecast(json(["SUN", "YUG", "CSK", "DDR", "HKG", "XUN"] + current), actions, asOf: "2021-01-15")
        let currentOnly = forecast(json(current), actions, asOf: "2021-01-15")
        let reached = try #require(withFormer.thresholdReachedOn)
        // Only the three current States can make up the group: the same draws as a group of just them.
        #expect(reached == currentOnly.thresholdReachedOn)
        #expect(withFormer.notes.contains(.groupOrderAssumed))
        #expect(ForecastNote.groupOrderAssumed.description.contains("no former State, territory or other organization"))
    }
}
