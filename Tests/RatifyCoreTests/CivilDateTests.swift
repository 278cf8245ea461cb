import PropertyBased
import RatifyCore
import Testing

@Suite struct CivilDateTests {
    @Test func parsesAndPrintsISODates() throws {
        let date = try CivilDate.parse("2025-10-25")
        #expect((date.year, date.month, date.day) == (2025, 10, 25))
        #expect(date.description == "2025-10-25")
        #expect(try CivilDate.parse("0001-01-01").description == "0001-01-01")
    }

    @Test(arguments: ["2025-1-05", "25-10-2025", "2025/10/25", "2025-10-25 ", "", "2025-10-25T00:00", "abcd-ef-gh", "2025-10-2x"])
    func refusesMalformedText(_ text: String) {
        #expect(throws: DateError.malformed(text)) { try CivilDate.parse(text) }
    }

    @Test func namesWhyADateIsImpossible() {
        #expect(throws: DateError.impossible("2025-02-29", "February 2025 has 28 days")) { try CivilDate.parse("2025-02-29") }
        #expect(throws: DateError.impossible("2025-13-01", "there is no month 13")) { try CivilDate.parse("2025-13-01") }
        #expect(throws: DateError.impossible("2025-04-31", "April 2025 has 30 days")) { try CivilDate.parse("2025-04-31") }
        #expect(throws: DateError.impossible("0000-01-01", "there is no year 0")) { try CivilDate.parse("0000-01-01") }
        #expect((try? CivilDate.parse("2024-02-29")) != nil)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeap(2024) && CivilDate.isLeap(2000) && CivilDate.isLeap(1600))
        #expect(!CivilDate.isLeap(1900) && !CivilDate.isLeap(2025) && !CivilDate.isLeap(2100))
    }

    @Test func addsDaysAcrossMonthAndYearEnds() throws {
        let d = try CivilDate.parse("2003-07-01")
        #expect(d.adding(days: 90).description == "2003-09-29")
        #expect(try CivilDate.parse("2020-10-24").adding(days: 90).description == "2021-01-22")
        #expect(try CivilDate.parse("2024-02-28").adding(days: 1).description == "2024-02-29")
        #expect(try CivilDate.parse("2024-12-31").adding(days: 1).description == "2025-01-01")
        #expect(try CivilDate.parse("2025-01-01").adding(days: -1).description == "2024-12-31")
        #expect(try CivilDate.parse("1970-01-01").dayNumber == 0)
    }

    @Test func monthAdditionClampsToTheMonthsLastDay() throws {
        #expect(try CivilDate.parse("2025-01-31").adding(months: 1).description == "2025-02-28")
        #expect(try CivilDate.parse("2024-01-31").adding(months: 1).description == "2024-02-29")
        #expect(try CivilDate.parse("2025-03-31").adding(months: -1).description == "2025-02-28")
        #expect(try CivilDate.parse("2024-02-29").adding(years: 1).description == "2025-02-28")
        #expect(try CivilDate.parse("2025-11-15").adding(months: 3).description == "2026-02-15")
    }

    @Test func firstOfMonthAndNextMonth() throws {
        let d = try CivilDate.parse("2002-06-10")
        #expect(d.firstOfMonth.description == "2002-06-01")
        #expect(d.firstOfNextMonth.description == "2002-07-01")
        #expect(try CivilDate.parse("2025-12-31").firstOfNextMonth.description == "2026-01-01")
    }

    // MARK: Properties over 1900–2100

    static let dates = Gen.int(
        in: CivilDate(year: 1900, month: 1, day: 1)!.dayNumber...CivilDate(year: 2100, month: 12, day: 31)!.dayNumber)

    @Test func addingThenSubtractingDaysIsTheIdentity() async {
        await propertyCheck(count: 500, input: Self.dates, Gen.int(in: -20_000...20_000)) { n, days in
            let date = CivilDate(dayNumber: n)!
            #expect(date.adding(days: days).adding(days: -days) == date)
            #expect(date.days(until: date.adding(days: days)) == days)
        }
    }

    @Test func dayNumbersRoundTripThroughFieldsAndText() async {
        await propertyCheck(count: 500, input: Self.dates) { n in
            let date = CivilDate(dayNumber: n)!
            #expect(date.dayNumber == n)
            #expect((try? CivilDate.parse(date.description)) == date)
            #expect(date.adding(days: 1) > date)
        }
    }

    @Test func monthAdditionNeverOverflowsTheTargetMonth() async {
        await propertyCheck(count: 500, input: Self.dates, Gen.int(in: -240...240)) { n, months in
            let date = CivilDate(dayNumber: n)!
            let moved = date.adding(months: months)
            #expect((moved.year * 12 + moved.month) - (date.year * 12 + date.month) == months)
            #expect(moved.day == min(date.day, CivilDate.daysIn(month: moved.month, year: moved.year)))
        }
    }

    @Test func leapDayExistsExactlyInLeapYears() async {
        await propertyCheck(count: 201, input: Gen.int(in: 1900...2100)) { year in
            #expect((CivilDate(year: year, month: 2, day: 29) != nil) == CivilDate.isLeap(year))
        }
    }
}
