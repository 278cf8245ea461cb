import Foundation
import Testing

/// The cases of docs/reference/entry-into-force-cases.md, through the
/// binary: each definition and timeline under fixtures/cases must give the
/// recorded dates.
@Suite struct HistoricalCasesTests {
    @Test(arguments: ["untoc", "uncac", "tpnw", "bbnj", "rome"])
    func computesTheRecordedEntryIntoForce(_ name: String) throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        #expect(sandbox.run("treaty", "add", fixture("cases/\(name)/treaty.json")).status == 0)
        let imported = sandbox.run("import", fixture("cases/\(name)/timeline.csv"))
        #expect(imported.status == 0, "\(imported.stderr)")
        let expected =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixture("cases/\(name)/expected.json"))))
            as! [String: String]
        let eif = try CivilDateText(expected["entry_into_force"]!)
        let reached = expected["threshold_reached_on"]!
        func status(_ asOf: String) throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--treaty", name, "--json", "--as-of", asOf).stdout.utf8))
                as! [String: Any]
        }
        let dayBefore = try status(CivilDateText(reached).adding(-1))
        #expect(dayBefore["threshold_reached_on"] is NSNull)
        let onTheDay = try status(reached)
        #expect(onTheDay["threshold_reached_on"] as? String == reached)
        #expect(onTheDay["entry_into_force"] as? String == eif.text && onTheDay["in_force"] as? Bool == false)
        #expect(try status(eif.adding(-1))["in_force"] as? Bool == false)
        #expect(try status(eif.text)["in_force"] as? Bool == true)
    }
}

/// Day arithmetic for the test's own boundaries, through Foundation in UTC
/// (independent of the code under test).
struct CivilDateText {
    let text: String
    let date: Date
    init(_ text: String) throws {
        self.text = text
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        date = formatter.date(from: text)!
    }
    func adding(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date.addingTimeInterval(Double(days) * 86_400))
    }
}
