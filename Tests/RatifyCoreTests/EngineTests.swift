import RatifyCore
import Testing

@Suite struct EngineTests {
    let hanoi = BuiltInTreaties.hanoi

    /// 39 counted ratifications before `fortieth`, then the 40th on it.
    func hanoiTimeline(fortieth: String) -> [ActionRecord] {
        let codes = states(40)
        return codes.flatMap { [act($0, .signature, "2025-10-25")] }
            + codes.dropLast().map { act($0, .ratification, "2026-03-01") }
            + [act(codes.last!, .ratification, fortieth)]
    }

    @Test func hanoiWorkedExample() {
        // A 40th counted instrument on 1 July 2027 puts the Convention into force on 29 September 2027.
        let status = Engine.status(of: hanoi, actions: hanoiTimeline(fortieth: "2027-07-01"), asOf: d("2027-07-01"))
        #expect(status.thresholdReachedOn == d("2027-07-01"))
        #expect(status.entryIntoForce == d("2027-09-29"))
        #expect(!status.inForce && status.remaining == 0 && status.counted == 40 && status.signatories == 40)
    }

    @Test func asOfBoundariesAroundTheThresholdAndEntryIntoForce() {
        let actions = hanoiTimeline(fortieth: "2026-07-01")
        let before = Engine.status(of: hanoi, actions: actions, asOf: d("2026-06-30"))
        #expect(before.thresholdReachedOn == nil && before.entryIntoForce == nil && before.counted == 39 && before.remaining == 1)
        #expect(before.earliestEntryIntoForce == d("2026-09-28"))
        let on = Engine.status(of: hanoi, actions: actions, asOf: d("2026-07-01"))
        #expect(on.thresholdReachedOn == d("2026-07-01") && on.entryIntoForce == d("2026-09-29") && !on.inForce)
        #expect(on.earliestEntryIntoForce == nil)
        #expect(!Engine.status(of: hanoi, actions: actions, asOf: d("2026-09-28")).inForce)
        #expect(Engine.status(of: hanoi, actions: actions, asOf: d("2026-09-29")).inForce)
        #expect(Engine.status(of: hanoi, actions: actions, asOf: d("2026-09-30")).inForce)
    }

    @Test func theEuropeanUnionsInstrumentIsNotCountedAdditionally() {
        var actions = hanoiTimeline(fortieth: "2026-07-01")
        actions += [act("EUU", .signature, "2025-10-25"), act("EUU", .approval, "2026-01-15")]
        let status = Engine.status(of: hanoi, actions: actions, asOf: d("2026-06-30"))
        #expect(status.instruments == 40 && status.counted == 39 && status.thresholdReachedOn == nil)
        let eu = status.participants.first { $0.state == "EUU" }!
        #expect(!eu.counted && eu.consent?.action == .approval)
        // Where a treaty lets it count, it does.
        var counting = hanoi
        counting.reioCounts = true
        #expect(Engine.status(of: counting, actions: actions, asOf: d("2026-06-30")).thresholdReachedOn == d("2026-03-01"))
    }

    @Test func severalDepositsOnOneDayTakeEffectTogether() {
        // Rome Statute: 56 before, then ten on one day.
        let rome = definition(#"{"id": "rome", "threshold": 60, "entry_into_force": ["+60d", "first-of-next-month"]}"#)
        let codes = states(66)
        let actions = accessions(Array(codes.prefix(56)), on: ["2001-05-01"]) + accessions(Array(codes.suffix(10)), on: ["2002-04-11"])
        let status = Engine.status(of: rome, actions: actions, asOf: d("2002-04-11"))
        #expect(status.thresholdReachedOn == d("2002-04-11") && status.entryIntoForce == d("2002-07-01"))
        #expect(status.counted == 66)
        // Every one of the ten is an original party: in force for it on the same day.
        #expect(status.participants.allSatisfy { $0.inForceFor == d("2002-07-01") })
    }

    @Test func laterPartiesGetTheirOwnDateButNotBeforeEntryIntoForce() {
        var actions = hanoiTimeline(fortieth: "2026-07-01")
        let late = states(2, skipping: 100)
        actions += [act(late[0], .accession, "2026-07-02"), act(late[1], .accession, "2026-10-15")]
        let status = Engine.status(of: hanoi, actions: actions, asOf: d("2026-11-20"))
        let eif = d("2026-09-29")
        #expect(status.entryIntoForce == eif)
        // 2026-07-02 + 30 days = 2026-08-01, before entry into force: the later date wins.
        #expect(status.participants.first { $0.state == late[0] }?.inForceFor == eif)
        // 2026-10-15 + 30 days, after entry into force.
        #expect(status.participants.first { $0.state == late[1] }?.inForceFor == d("2026-11-14"))
        // Without "not before entry into force", the own date stands.
        var loose = hanoi
        loose.laterPartiesNotBeforeEIF = false
        #expect(
            Engine.status(of: loose, actions: actions, asOf: d("2026-11-20")).participants.first { $0.state == late[0] }?.inForceFor
                == d("2026-08-01"))
    }

    @Test func laterPartiesDefaultToTheEntryIntoForceSteps() {
        let tpnw = definition(#"{"id": "tpnw", "threshold": 2, "entry_into_force": ["+90d"]}"#)
        let codes = states(3)
        let actions = accessions(codes, on: ["2020-10-01", "2020-10-24", "2020-12-01"])
        let status = Engine.status(of: tpnw, actions: actions, asOf: d("2021-06-01"))
        #expect(status.entryIntoForce == d("2021-01-22"))
        #expect(status.participants.first { $0.state == codes[2] }?.inForceFor == d("2021-03-01"))
    }

    @Test func aDenunciationStopsCountingOnlyOnceItTakesEffect() {
        let treaty = definition(#"{"id": "t", "threshold": 3, "entry_into_force": ["+90d"], "denunciation": ["+1y"]}"#)
        let codes = states(3)
        let actions =
            accessions(Array(codes.prefix(2)), on: ["2020-01-01"])
            + [act(codes[0], .denunciation, "2020-06-01"), act(codes[2], .accession, "2021-03-01")]
        // On 2021-03-01 the denunciation (effective 2021-06-01) has not taken effect: three count.
        let status = Engine.status(of: treaty, actions: actions, asOf: d("2021-05-31"))
        #expect(status.thresholdReachedOn == d("2021-03-01") && status.counted == 3)
        let p = status.participants.first { $0.state == codes[0] }!
        #expect(p.denunciation?.effective == d("2021-06-01") && p.counted)
        let after = Engine.status(of: treaty, actions: actions, asOf: d("2021-06-01"))
        #expect(after.counted == 2 && after.instruments == 2 && !after.participants.first { $0.state == codes[0] }!.counted)
        // Once reached, the threshold stays reached.
        #expect(after.thresholdReachedOn == d("2021-03-01"))
    }

    @Test func aDenunciationEffectiveBeforeTheLastDepositDelaysTheThreshold() {
        let treaty = definition(#"{"id": "t", "threshold": 2, "entry_into_force": ["+0d"], "denunciation": ["+1m"]}"#)
        let codes = states(3)
        let actions = [
            act(codes[0], .accession, "2020-01-01"), act(codes[0], .denunciation, "2020-02-01"),
            act(codes[1], .accession, "2020-04-01"), act(codes[2], .accession, "2020-05-01"),
        ]
        #expect(Engine.status(of: treaty, actions: actions, asOf: d("2020-12-01")).thresholdReachedOn == d("2020-05-01"))
    }

    @Test func aGroupConditionMustHoldAtTheSameTime() {
        let codes = states(6)
        let treaty = definition(
            """
            {"id": "coe", "conditions": [{"count": 5}, {"count": 3, "group": "coe"}], "entry_into_force": ["+3m", "first-of-next-month"],
             "groups": {"coe": ["\(codes[3])", "\(codes[4])", "\(codes[5])"]}}
            """)
        let actions = accessions(Array(codes.prefix(5)), on: ["2020-01-10"]) + [act(codes[5], .accession, "2020-02-20")]
        let status = Engine.status(of: treaty, actions: actions, asOf: d("2020-12-31"))
        #expect(status.thresholdReachedOn == d("2020-02-20"))
        #expect(status.entryIntoForce == d("2020-06-01"))
        #expect(status.conditions.map(\.met) == [true, true])
    }

    @Test func aWeightedShareCondition() {
        let codes = states(4)
        let treaty = definition(
            """
            {"id": "kyoto", "conditions": [{"count": 2}, {"share": 0.55, "weight": "ghg"}], "entry_into_force": ["+90d"],
             "weights": {"ghg": {"\(codes[0])": 10, "\(codes[1])": 10, "\(codes[2])": 10, "\(codes[3])": 70}}}
            """)
        let actions =
            accessions(Array(codes.prefix(3)), on: ["2001-01-01", "2002-01-01", "2003-01-01"]) + [act(codes[3], .accession, "2004-11-18")]
        let status = Engine.status(of: treaty, actions: actions, asOf: d("2004-11-17"))
        // Three parties but 30 per cent of the weight: the count holds, the share does not.
        #expect(status.thresholdReachedOn == nil)
        #expect(status.conditions.map(\.met) == [true, false] && abs(status.conditions[1].current - 0.3) < 1e-9)
        let reached = Engine.status(of: treaty, actions: actions, asOf: d("2005-03-01"))
        #expect(reached.thresholdReachedOn == d("2004-11-18") && reached.entryIntoForce == d("2005-02-16"))
    }

    @Test func theAnswerDoesNotDependOnTheOrderOfTheInput() {
        let actions = hanoiTimeline(fortieth: "2026-07-01") + [act("EUU", .signature, "2025-10-26"), act("EUU", .approval, "2026-02-01")]
        let expected = Engine.status(of: hanoi, actions: actions, asOf: d("2026-11-01"))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            #expect(Engine.status(of: hanoi, actions: actions.shuffled(using: &generator), asOf: d("2026-11-01")) == expected)
        }
    }

    @Test func actionsAfterAsOfAreIgnored() {
        let status = Engine.status(
            of: hanoi, actions: [act("FRA", .signature, "2025-10-25"), act("DEU", .signature, "2026-01-10")], asOf: d("2025-12-31"))
        #expect(status.signatories == 1 && status.participants.map(\.state) == ["FRA"])
    }
}
