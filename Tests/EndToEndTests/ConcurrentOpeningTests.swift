import Foundation
import Testing

/// Issue 19, item 11: opening, creating and migrating are safe when many
/// runs start at once: each succeeds, one creates, one migrates.
@Suite struct ConcurrentOpeningTests {
    /// Runs `body` `count` times at once, on threads of their own, released together.
    func together(_ count: Int, _ body: @escaping @Sendable () -> Run) -> [Run] {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var runs: [Run] = []
        }
        let results = Results()
        let start = DispatchSemaphore(value: 0)
        let group = onThreads(count) { _ in
            start.wait()
            let run = body()
            results.lock.withLock { results.runs.append(run) }
        }
        for _ in 0..<count { start.signal() }
        group.wait()
        return results.runs
    }

    @Test func eightStatusRunsOnAnOlderDatabaseAllSucceed() throws {
        for _ in 0..<3 {
            let sandbox = Sandbox(today: TestDay.scenarioToday)
            try FileManager.default.copyItem(atPath: fixture("upgrade/ratify-v1.sqlite"), toPath: sandbox.db)
            let runs = together(8) { sandbox.run("status", "--json") }
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr).filter { !$0.isEmpty })")
            #expect(Set(runs.map(\.stdout)).count == 1)
            #expect(sandbox.run("check").status == 0)
        }
    }

    @Test func eightInitRunsOnANewPathAllSucceedAndOneCreates() throws {
        for _ in 0..<3 {
            let sandbox = Sandbox()
            let path = sandbox.path("new/folder/ratify.sqlite")
            let runs = together(8) { sandbox.run("--db", path, "init") }
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr).filter { !$0.isEmpty })")
            #expect(runs.filter { $0.stderr.contains("created") }.count == 1)
            #expect(sandbox.run("--db", path, "check").status == 0)
            #expect(sandbox.run("--db", path, "treaty", "list").stdout.contains("hanoi"))
        }
    }
}
