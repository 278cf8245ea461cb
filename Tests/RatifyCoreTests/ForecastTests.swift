import Foundation
import RatifyCore
import Testing

/// The forecast as a user reads it: dates in order, certain once the record
/// settles them, later when more is needed, earlier when instruments are
/// assumed, and the same every time.
@Suite struct ForecastTests {
    let hanoi = BuiltInTreaties.hanoi
    let signedOn = "2025-10-25"

    /// 72 signatures on the opening day and `ratified` of the signatories'
    /// ratifications, one a week from 2026-01-10 (the 40th on 2026-10-10).
    func hanoiRecord(ratified: Int, signatures: Int = 72) -> [ActionRecord] {
        let codes = states(signatures)
        let start = d("2026-01-10")
        return codes.map { act($0, .signature, signedOn) }
            + codes.prefix(ratified).enumerated().map { index, code in
                ActionRecord(participant: code, kind: .ratification, date: start.adding(days: 7 * index))
            }
    }

    func forecast(_ treaty: TreatyDefinition, _ actions: [ActionRecord], asOf: String) -> Forecast {
        Forecaster.forecast(treaty: treaty, actions: actions, asOf: d(asOf))
    }

    func expectOrdered(
        _ forecast: Forecast, after asOf: String, steps: [Step] = [.days(90)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let reached = forecast.thresholdReachedOn, let entry = forecast.entryIntoForce else {
            Issue.record("no dates: \(forecast.notes)", sourceLocation: sourceLocation)
            return
        }
        #expect(d(asOf) < reached.p10 && reached.p10 <= reached.p50 && reached.p50 <= reached.p90, sourceLocation: sourceLocation)
        #expect(entry == reached.applying(steps), sourceLocation: sourceLocation)
        let probabilities = forecast.inForceBy.map(\.probability)
        #expect(probabilities.count == 3 && probabilities == probabilities.sorted(), sourceLocation: sourceLocation)
        #expect(probabilities.allSatisfy { (0...1).contains($0) }, sourceLocation: sourceLocation)
    }

    // MARK: The record settles it

    @Test func onceTheThresholdIsReachedTheDatesAreCertain() {
        let actions = hanoiRecord(ratified: 40)
        let fortieth = d("2026-10-10")
        let result = forecast(hanoi, actions, asOf: "2027-06-01")
        #expect(result.isCertain && result.counted == 40)
        #expect(result.thresholdReachedOn == .certain(fortieth))
        #expect(result.entryIntoForce == .certain(fortieth.adding(days: 90)))
        // In force by the end of 2028, 2029 and 2030: certainly.
        #expect(result.inForceBy.map(\.date) == [d("2028-12-31"), d("2029-12-31"), d("2030-12-31")])
        #expect(result.inForceBy.allSatisfy { $0.probability == 1 })
        // Reached, with entry into force two years on: not by the end of 2027, then certainly.
        var slow = hanoi
        slow.entryIntoForce = [.years(2)]
        let early = forecast(slow, actions, asOf: "2026-11-01")
        #expect(early.isCertain && early.entryIntoForce == .certain(d("2028-10-10")))
        #expect(early.inForceBy.map(\.probability) == [0, 1, 1])
    }

    // MARK: Where it stands moves the band

    @Test func withNoInstrumentYetTheBandLiesAheadAndIsLaterThanWithSome() {
        let none = forecast(hanoi, hanoiRecord(ratified: 0), asOf: "2026-06-01")
        #expect(none.counted == 0 && !none.isCertain && none.basis.signatories == 72)
        expectOrdered(none, after: "2026-06-01")
        let some = forecast(hanoi, hanoiRecord(ratified: 15), asOf: "2026-06-01")
        expectOrdered(some, after: "2026-06-01")
        #expect(some.thresholdReachedOn!.p50 < none.thresholdReachedOn!.p50)
        #expect(some.inForceBy[1].probability >= none.inForceBy[1].probability)
        // The basis names what the forecast compared.
        #expect(some.basis.referenceTreaties == ReferenceHistories.builtIn.histories.count)
        #expect(some.basis.nearest.count == 3 && some.basis.effectiveReferences >= 10)
        #expect(some.basis.openedOn == d(signedOn) && some.basis.pacePerYear > 0)
    }

    @Test func theCountBandRisesMonthByMonthToTheThreshold() throws {
        let result = forecast(hanoi, hanoiRecord(ratified: 11), asOf: "2026-11-27")
        let band = result.countBand
        let p90 = try #require(result.thresholdReachedOn?.p90)
        #expect(band.first?.date == d("2026-12-01") && band.last?.date == p90.firstOfNextMonth)
        #expect(zip(band, band.dropFirst()).allSatisfy { $0.date.adding(months: 1) == $1.date })
        #expect(band.allSatisfy { 11 <= $0.p10 && $0.p10 <= $0.p50 && $0.p50 <= $0.p90 })
        for path in [\Forecast.CountQuantiles.p10, \.p50, \.p90] {
            #expect(zip(band, band.dropFirst()).allSatisfy { $0[keyPath: path] <= $1[keyPath: path] })
        }
        #expect(band.last!.p90 == 40 && band.first!.p10 < 40)
        // Past the threshold the projection says nothing: the band stops at it.
        #expect(band.allSatisfy { $0.p90 <= 40 })
        // Once the record settles it, there is no band to draw.
        #expect(forecast(hanoi, hanoiRecord(ratified: 40), asOf: "2027-06-01").countBand.isEmpty)
    }

    @Test func theEuropeanUnionsInstrumentIsNotCountedWhereTheTreatySaysSo() {
        let actions = hanoiRecord(ratified: 11) + [act("EUU", .signature, signedOn), act("EUU", .approval, "2026-09-30")]
        let result = forecast(hanoi, actions, asOf: "2026-11-27")
        #expect(result.counted == 11 && result.threshold == 40)
        expectOrdered(result, after: "2026-11-27")
    }

    @Test func aTreatyOlderThanEveryReferenceHistoryIsComparedAtTheirLatestMoments() {
        var old = hanoi
        old.signatureOpens = d("1890-01-01")
        old.signatureCloses = nil
        let codes = states(12)
        let actions = codes.map { act($0, .signature, "1890-01-01") } + accessions(Array(codes.prefix(5)), on: ["1900-06-01"])
        let result = forecast(old, actions, asOf: "2026-11-27")
        #expect(result.basis.ageDays > 365 * 130)
        #expect(result.notes.contains { if case .olderThanEveryReference = $0 { true } else { false } })
        expectOrdered(result, after: "2026-11-27")
    }

    // MARK: Several conditions

    @Test func aConditionOnANamedGroupIsForecastAndOnlyDelaysTheDate() {
        let codes = states(60)
        let group = Array(codes.suffix(8))
        let json = { (conditions: String) in
            #"{"id": "g", "conditions": \#(conditions), "entry_into_force": ["+3m"], "signature_opens": "2020-01-15", "groups": {"g": \#(group)}}"#
        }
        let grouped = definition(json(#"[{"count": 20}, {"count": 5, "group": "g"}]"#))
        let plain = definition(json(#"[{"count": 20}]"#))
        // 12 instruments, one of them from the group: 8 more overall, 4 from the group.
        let actions =
            codes.map { act($0, .signature, "2020-01-15") }
            + accessions(Array(codes.prefix(11)) + [group[0]], on: ["2020-06-01", "2020-09-01"])
        let withGroup = forecast(grouped, actions, asOf: "2021-01-15")
        let without = forecast(plain, actions, asOf: "2021-01-15")
        expectOrdered(withGroup, after: "2021-01-15", steps: [.months(3)])
        expectOrdered(without, after: "2021-01-15", steps: [.months(3)])
        #expect(!withGroup.isLowerBound)
        #expect(withGroup.notes.contains(.groupOrderAssumed))
        let (g, p) = (withGroup.thresholdReachedOn!, without.thresholdReachedOn!)
        #expect(g.p10 >= p.p10 && g.p50 >= p.p50 && g.p90 >= p.p90)
        #expect(g.p90 > p.p90)
    }

    @Test func aWeightedShareIsNamedAsNotForecastAndTheDatesAreALowerBound() {
        let codes = states(30)
        let weights = codes.enumerated().map { #""\#($1)": \#($0 + 1)"# }.joined(separator: ", ")
        let shared = definition(
            #"""
            {"id": "s", "conditions": [{"count": 15}, {"share": 0.55, "weight": "ghg"}], "entry_into_force": ["+90d"],
             "signature_opens": "2020-01-15", "weights": {"ghg": {\#(weights)}}}
            """#)
        var plain = shared
        plain.conditions = [.count(15, group: nil)]
        let actions = codes.map { act($0, .signature, "2020-01-15") } + accessions(Array(codes.prefix(4)), on: ["2020-06-01"])
        let result = forecast(shared, actions, asOf: "2021-01-15")
        #expect(result.isLowerBound)
        #expect(result.notes.contains(.shareNotForecast(share: 0.55, weight: "ghg")))
        #expect(
            result.notes.map(\.description).contains { $0.contains("55%") && $0.contains("'ghg'") && $0.contains("cannot be forecast") })
        #expect(
            result.thresholdReachedOn != nil && result.thresholdReachedOn == forecast(plain, actions, asOf: "2021-01-15").thresholdReachedOn
        )
        // Once the share holds, nothing is left out.
        let heavy = Array(codes.suffix(12))
        let met = forecast(
            shared, codes.map { act($0, .signature, "2020-01-15") } + accessions(heavy, on: ["2020-06-01"]), asOf: "2021-01-15")
        #expect(!met.isLowerBound && met.thresholdReachedOn != nil)
    }

    // MARK: Assumed instruments

    @Test func instrumentsAssumedAfterAsOfCountFromTheirDates() {
        let asOf = "2026-11-27"
        let actions = hanoiRecord(ratified: 30)
        let base = forecast(hanoi, actions, asOf: asOf)
        // Ten more assumed on 1 March 2027 reach the threshold that day at the latest.
        let ten = states(10, skipping: 72).map { assume($0, .accession, "2027-03-01") }
        let assumed = forecast(hanoi, actions + ten, asOf: asOf)
        #expect(assumed.counted == 30)
        #expect(assumed.basis.assumed.count == 10 && assumed.basis.assumed.allSatisfy { $0.date == d("2027-03-01") })
        #expect(assumed.thresholdReachedOn!.p90 <= d("2027-03-01"))
        #expect(assumed.thresholdReachedOn!.p50 <= base.thresholdReachedOn!.p50)
        // Nine are not enough on their own: the tenth still has to come, so no earlier than with ten.
        let nine = forecast(hanoi, actions + ten.dropLast(), asOf: asOf)
        #expect(nine.thresholdReachedOn!.p50 >= assumed.thresholdReachedOn!.p50)
        #expect(nine.thresholdReachedOn!.p50 <= base.thresholdReachedOn!.p50)
        // A participant already bound adds nothing, and a later date does not move the present.
        let bound = assume(states(1)[0], .ratification, "2027-01-05")
        #expect(forecast(hanoi, actions + [bound], asOf: asOf).thresholdReachedOn == base.thresholdReachedOn)
        #expect(forecast(hanoi, actions + ten, asOf: asOf).counted == base.counted)
    }

    @Test func anAssumedInstrumentOnOrBeforeAsOfIsPartOfTheRecord() {
        let actions = hanoiRecord(ratified: 39) + [act(states(1, skipping: 72)[0], .accession, "2026-11-20")]
        let result = forecast(hanoi, actions, asOf: "2026-11-27")
        #expect(result.isCertain && result.thresholdReachedOn == .certain(d("2026-11-20")))
    }

    // MARK: Same input, same output

    @Test func theSameInputGivesTheSameForecastInAnyOrder() throws {
        let codes = states(60)
        let grouped = definition(
            #"""
            {"id": "g", "conditions": [{"count": 20}, {"count": 5, "group": "g"}], "entry_into_force": ["+3m"],
             "signature_opens": "2020-01-15", "groups": {"g": \#(Array(codes.suffix(8)))}}
            """#)
        let actions =
            codes.map { act($0, .signature, "2020-01-15") } + accessions(Array(codes.prefix(9)), on: ["2020-06-01", "2020-09-01"])
            + [act(codes[40], .accession, "2021-04-01")]
        let first = Forecaster.forecast(treaty: grouped, actions: actions, asOf: d("2021-01-15"))
        let again = Forecaster.forecast(treaty: grouped, actions: actions.reversed(), asOf: d("2021-01-15"))
        #expect(first == again)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(first) == encoder.encode(again))
    }

    // MARK: The contract's JSON

    @Test func theJSONCarriesTheContractFields() throws {
        let result = forecast(hanoi, hanoiRecord(ratified: 11), asOf: "2026-11-27")
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any])
        #expect(object["treaty"] as? String == "hanoi" && object["as_of"] as? String == "2026-11-27")
        #expect(object["threshold"] as? Int == 40 && object["counted"] as? Int == 11)
        for key in ["threshold_reached_on", "entry_into_force"] {
            let band = try #require(object[key] as? [String: String])
            #expect(Set(band.keys) == ["p10", "p50", "p90"])
            #expect(band.values.allSatisfy { (try? CivilDate.parse($0)) != nil })
        }
        let byDate = try #require(object["in_force_by"] as? [[String: Any]])
        #expect(byDate.map { $0["date"] as? String } == ["2027-12-31", "2028-12-31", "2029-12-31"])
        #expect(byDate.allSatisfy { $0["probability"] is Double || $0["probability"] is Int })
        let basis = try #require(object["basis"] as? [String: Any])
        #expect(basis["nearest"] is [[String: Any]] && basis["reference_treaties"] as? Int == result.basis.referenceTreaties)
    }
}
