import Foundation
import Testing

/// Issue 19, item 11: opening, creating and migrating are safe when many
/// runs start at once: each succeeds, one creates, one migrates.
@Suite struct ConcurrentOpeningTests {
    func together(_ count: Int, _ body: @escaping @Sendable () -> Run) async -> [Run] {
        await withTaskGroup(of: Run.self) { group in
            for _ in 0..<count { group.addTask(operation: body) }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func eightStatusRunsOnAnOlderDatabaseAllSucceed() async throws {
        for _ in 0..<3 {
            let sandbox = Sandbox(today: TestDay.scenarioToday)
            try FileManager.default.copyItem(atPath: fixture("upgrade/ratify-v1.sqlite"), toPath: sandbox.db)
            let runs = await together(8) { sandbox.run("status", "--json") }
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr).filter { !$0.isEmpty })")
            #expect(Set(runs.map(\.stdout)).count == 1)
            #expect(sandbox.run("check").status == 0)
        }
    }

    @Test func eightInitRunsOnANewPathAllSucceedAndOneCreates() async throws {
        for _ in 0..<3 {
            let sandbox = Sandbox()
            let path = sandbox.path("new/folder/ratify.sqlite")
            let runs = await together(8) { sandbox.run("--db", path, "init") }
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr).filter { !$0.isEmpty })")
            #expect(runs.filter { $0.stderr.contains("created") }.count == 1)
            #expect(sandbox.run("--db", path, "check").status == 0)
            #expect(sandbox.run("--db", path, "treaty", "list").stdout.contains("hanoi"))
        }
    }
}
