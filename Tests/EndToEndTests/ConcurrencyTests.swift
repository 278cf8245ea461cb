import Foundation
import Testing

@Suite struct ConcurrencyTests {
    @Test func eightWritersWithOverlappingAlertsAndReportsLoseNothing() async throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-threshold.csv"), "-q")
        // Each writer records signatures for its own participants, one process per action.
        let free = [
            "AFG", "ALB", "AND", "ARG", "ARM", "BHS", "BHR", "BGD", "BRB", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BGR",
            "BDI", "CPV", "CMR", "CAN", "CAF", "TCD", "COL", "COM", "COG", "HRV", "CYP", "DNK", "DMA", "SLV", "GNQ", "ERI",
        ]
        let results = await withTaskGroup(of: [Run].self) { group in
            for writer in 0..<8 {
                group.addTask {
                    (0..<4).map { i in sandbox.run("record", free[writer * 4 + i], "signature", "2025-10-25", "-q") }
                }
            }
            for _ in 0..<3 {
                group.addTask { [sandbox.run("alert", "--as-of", "2026-09-29", "--json"), sandbox.run("report", "--as-of", "2026-09-29")] }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.filter { $0.status != 0 }.map(\.stderr))")
        let status = try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--json").stdout.utf8)) as! [String: Any]
        #expect(status["signatories"] as? Int == 69 + 32)
        let alerts = results.flatMap { $0.stdout.split(separator: "\n") }.filter { $0.hasPrefix("{") }
        #expect(alerts.filter { $0.contains("\"threshold-reached\"") }.count == 1)
        #expect(alerts.filter { $0.contains("\"entered-into-force\"") }.count == 1)
        #expect(sandbox.run("check").status == 0)
    }
}
