import RatifyCore
import Testing

@Suite struct StepTests {
    @Test func parsesEveryStepKind() {
        #expect(Step("+90d") == .days(90))
        #expect(Step("+3m") == .months(3))
        #expect(Step("+1y") == .years(1))
        #expect(Step("first-of-month") == .firstOfMonth)
        #expect(Step("first-of-next-month") == .firstOfNextMonth)
        #expect(Step("+0d") == .days(0))
    }

    @Test(arguments: [
        "90d", "+90", "+d", "-5d", "+5w", "+ 5d", "+5D", "first of month", "", "+1.5m", "+101y", "+00000000000000000000087096y",
    ])
    func refusesMalformedSteps(_ text: String) {
        #expect(Step(text) == nil)
    }

    @Test func appliesStepsInOrder() throws {
        let deposit = try CivilDate.parse("2002-04-11")
        // Rome Statute: the first day of the month after the 60th day following the deposit.
        #expect([Step.days(60), .firstOfNextMonth].apply(to: deposit).description == "2002-07-01")
        // "the first day of the month following the expiration of a period of three months"
        #expect([Step.months(3), .firstOfNextMonth].apply(to: try CivilDate.parse("2025-01-15")).description == "2025-05-01")
        // "the first day of the sixth month after the calendar month of deposit"
        #expect([Step.firstOfMonth, .months(6)].apply(to: try CivilDate.parse("2025-03-20")).description == "2025-09-01")
        #expect(Step.years(1).apply(to: try CivilDate.parse("2024-02-29")).description == "2025-02-28")
    }

    @Test func printsWhatItParses() {
        for text in ["+90d", "+3m", "+1y", "first-of-month", "first-of-next-month"] {
            #expect(Step(text)?.description == text)
        }
    }
}
