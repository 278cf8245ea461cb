import Foundation
import RatifyCore
import Testing

@testable import RatifyReports

/// The forecast as a person reads it: ordinals, percentages that never
/// claim a certainty they do not have, the lower bound said plainly, and
/// every line within a terminal's width.
@Suite struct ForecastTextTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// Hanoi with 69 signatures on its opening day and 11 ratifications, one a month.
    /// With `assumed`, the 69th signatory's ratification assumed on 1 March 2027.
    static func forecast(assumed: Bool = false) -> Forecast {
        let codes = ReferenceData.participants.filter { $0.kind == .state }.prefix(69).map(\.code)
        let actions =
            codes.map { ActionRecord(participant: $0, kind: .signature, date: day("2025-10-25")) }
            + codes.prefix(11).enumerated().map { i, code in
                ActionRecord(participant: code, kind: .ratification, date: day("2026-01-10").adding(months: i))
            }
            + (assumed ? [ActionRecord(participant: codes[68], kind: .ratification, date: day("2027-03-01"), provenance: .assumption)] : [])
        return Forecaster.forecast(treaty: BuiltInTreaties.hanoi, actions: actions, asOf: day("2026-11-22"))
    }

    @Test func ordinalsAndPercentages() {
        let english = EnglishForecastStrings(base: EnglishStrings(isoDates: true))
        let ordinals = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 40, 101, 111, 112].map(english.ordinal)
        #expect(
            ordinals == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "40th", "101st", "111th", "112th"])
        let date = Self.day("2027-12-31")
        #expect(english.inForceBy(date, probability: 0.274, atMost: false) == "In force by 2027-12-31: 27%")
        #expect(english.inForceBy(date, probability: 0.001, atMost: false) == "In force by 2027-12-31: under 1%")
        #expect(english.inForceBy(date, probability: 0.998, atMost: true) == "In force by 2027-12-31: at most 100%")
        // An upper bound under 1% reads as such, not "at most under 1%" (a weighted-share treaty).
        #expect(english.inForceBy(date, probability: 0.002, atMost: true) == "In force by 2027-12-31: under 1%")
        #expect(english.inForceBy(date, probability: 0.3, atMost: true) == "In force by 2027-12-31: at most 30%")
        #expect(english.inForceBy(date, probability: 0, atMost: false).hasSuffix(": 0%"))
        #expect(english.inForceBy(date, probability: 1, atMost: false).hasSuffix(": 100%"))
        let vietnamese = VietnameseForecastStrings()
        #expect(
            vietnamese.inForceBy(date, probability: 0.274, atMost: true)
                == "Khả năng có hiệu lực đến hết ngày 31 tháng 12 năm 2027: tối đa 27%")
        #expect(
            vietnamese.inForceBy(date, probability: 0.002, atMost: true)
                == "Khả năng có hiệu lực đến hết ngày 31 tháng 12 năm 2027: dưới 1%")
        #expect(vietnamese.thresholdRow(40, severalConditions: false) == "Văn kiện thứ 40")
    }

    @Test func theBandItsChancesAndItsBasis() throws {
        let forecast = Self.forecast()
        let reached = try #require(forecast.thresholdReachedOn)
        let text = ForecastText.render(forecast, style: .plain)
        #expect(
            text.hasPrefix("United Nations Convention against Cybercrime (hanoi): forecast as of 2026-11-22\n\n  Counted      11 of 40  ["))
        #expect(text.contains("  The 40th instrument  \(reached.p10)  \(reached.p50)  \(reached.p90)\n"))
        #expect(text.contains("  In force by 2027-12-31: ") && text.contains("  In force by 2029-12-31: "))
        #expect(text.contains("  Based on 143 reference treaties") && text.contains("the nearest: \(forecast.basis.nearest[0].title)"))
        #expect(!text.contains("Notes:") && !text.contains("No earlier than"))
    }

    @Test func aLowerBoundIsSaidPlainly() {
        var forecast = Self.forecast()
        forecast.isLowerBound = true
        forecast.notes = [.shareNotForecast(share: 0.55, weight: "ghg")]
        let text = ForecastText.render(forecast, style: .plain, severalConditions: true)
        #expect(
            text.contains("  No earlier than these dates, since a condition cannot be forecast") && text.contains("  All conditions met  "))
        #expect(text.contains("In force by 2027-12-31: at most "))
        #expect(text.contains("  Notes:\n  - The condition that parties hold 55% of the 'ghg' weights cannot be forecast"))
        let vietnamese = ForecastText.render(forecast, style: .plain, language: .vietnamese, severalConditions: true)
        #expect(vietnamese.contains("Không sớm hơn các ngày dưới đây") && vietnamese.contains("tối đa"))
    }

    @Test func withoutDatesItSaysWhy() {
        var forecast = Self.forecast()
        forecast.thresholdReachedOn = nil
        forecast.entryIntoForce = nil
        forecast.inForceBy = []
        forecast.notes = [.neverReachedByReferences(target: 40)]
        let text = ForecastText.render(forecast, style: .plain)
        #expect(text.contains("  No date can be forecast.\n") && !text.contains("In force by"))
        #expect(text.contains("- None of the comparable reference treaties reached 40 instruments within its record"))
    }

    @Test(arguments: [ReportLanguage.english, .vietnamese], [40, 64, 100])
    func everyLineFitsTheWidth(_ language: ReportLanguage, _ width: Int) {
        var forecast = Self.forecast(assumed: true)
        forecast.notes = [.onlyInstrumentsProjected(after: Self.day("2026-11-22")), .groupOrderAssumed]
        let text = ForecastText.render(forecast, style: .plain, language: language, width: width)
        let long = text.split(separator: "\n").filter { $0.count > width }
        #expect(long.isEmpty, "\(long)")
        // The assumed participant by its name in the language, as the tables name it.
        let name = ParticipantDirectory.builtIn[forecast.basis.assumed[0].state]!.localizedName(
            language == .english ? .english : .vietnamese)
        #expect(
            forecast.basis.assumed.count == 1 && text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(name + " "),
            "\(name)")
    }
}
