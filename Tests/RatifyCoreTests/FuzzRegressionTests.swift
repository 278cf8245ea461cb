import Foundation
import RatifyCore
import Testing

/// Every input scripts/fuzz ever crashed on, committed under
/// fixtures/fuzz-regressions/treaty, run through the same checks as the fuzz
/// target: a definition either is refused, or encodes, reads back and runs.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/fuzz-regressions/treaty").standardized

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreRegressionInputs() { #expect(!Self.inputs.isEmpty) }

    @Test(arguments: inputs)
    func treatyDefinitionInput(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        guard let definition = try? TreatyDefinition.parse(data) else { return }
        #expect(try TreatyDefinition.parse(JSONEncoder().encode(definition)) == definition)
        _ = Engine.status(of: definition, actions: [act("FRA", .accession, "2020-01-31")], asOf: d("2030-01-01"))
    }

    @Test func aCenturyIsTheLongestStep() {
        #expect(Step("+100y") == .years(100) && Step("+101y") == nil && Step("+87096y") == nil)
        #expect(Step("+1200m") == .months(1200) && Step("+36525d") == .days(36_525) && Step("+36526d") == nil)
    }

    @Test func dateArithmeticSaturatesAtTheCalendarsEnds() {
        #expect(d("9999-12-31").adding(days: 90) == CivilDate.latest)
        #expect(d("9999-11-30").adding(months: 3) == CivilDate.latest)
        #expect(d("0001-01-10").adding(days: -30) == CivilDate.earliest)
        #expect(d("2025-01-01").adding(years: Int.max) == CivilDate.latest)
        let status = Engine.status(of: BuiltInTreaties.hanoi, actions: [], asOf: d("9999-12-31"))
        #expect(status.earliestEntryIntoForce == CivilDate.latest)
    }
}
