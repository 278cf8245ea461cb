import Foundation
import RatifyCore
import Testing

@testable import RatifyStore

/// The streamed import: its producer runs on a thread of its own.
@Suite struct ImportTests {
    let today = d("2026-11-23")

    func importing(_ rows: [PendingAction], into store: Store, dryRun: Bool = false) throws -> ImportCounts {
        try store.importActions(today: today, dryRun: dryRun, keepAdded: true) { emit in
            for row in rows { try emit(row) }
        }
    }

    /// "FILE:LINE: Name (CODE) action date" of a violation's message.
    func heading(_ message: String) -> String { message.components(separatedBy: ": ").prefix(2).joined(separator: ": ") }

    /// Hanoi, and a copy of it named "other".
    func storeWithTwoTreaties() throws -> Store {
        let store = try TemporaryDatabase().create()
        var other = BuiltInTreaties.hanoi
        other.id = "other"
        _ = try store.addTreaty(
            other, json: String(decoding: try JSONEncoder().encode(other), as: UTF8.self), makeDefault: false, source: "t.json")
        return store
    }

    /// A signature of `treaty`.
    func row(_ treaty: String, _ code: String, _ date: String, line: Int) -> PendingAction {
        var row = pending(code, .signature, date, line: line)
        row.treaty = treaty
        return row
    }

    /// More rows than one batch, so that several cross between the threads.
    func signatures(count: Int) -> [PendingAction] {
        let codes = ParticipantDirectory.builtIn.participants.filter { $0.kind == .state }.map(\.code)
        return (0..<count).map { i in pending(codes[i % codes.count], .signature, "2025-10-25", line: i + 2) }
    }

    @Test func rowsArriveInFileOrderAndTheSameFileTwiceChangesNothing() throws {
        let store = try TemporaryDatabase().create()
        let rows = signatures(count: 190)
        let first = try importing(rows + rows, into: store)
        #expect((first.added, first.unchanged) == (190, 190))
        #expect(first.addedActions == rows)
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.participant) == rows.map(\.action.participant))
        let second = try importing(rows, into: store)
        #expect((second.added, second.unchanged) == (0, 190))
    }

    @Test func aBrokenRuleInATreatyWithoutARecordNamesTheRowsFileAndLine() throws {
        let store = try TemporaryDatabase().create()
        let rows = signatures(count: 700) + [pending("FRA", .signature, "2025-11-30", line: 999)]
        #expect(throws: BrokenRules.self) { _ = try importing(rows, into: store) }
        do { _ = try importing(rows, into: store) } catch let failure as BrokenRules {
            // Both signatures, each with its line, neither with an id.
            #expect(
                failure.messages.map(heading)
                    == ["t.csv:61: France (FRA) signature 2025-10-25", "t.csv:999: France (FRA) signature 2025-11-30"],
                "\(failure.messages)")
            #expect(!failure.messages.contains { $0.contains("recorded as") })
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty)
    }

    @Test func aBrokenRuleAgainstTheRecordIsFoundAndTheRecordStands() throws {
        let store = try TemporaryDatabase().create()
        _ = try importing([pending("FRA", .signature, "2025-10-25", line: 2)], into: store)
        do {
            _ = try importing(
                [pending("DEU", .signature, "2025-10-25", line: 2), pending("FRA", .signature, "2025-10-26", line: 3)], into: store)
            Issue.record("a second signature was accepted")
        } catch let failure as BrokenRules {
            // One line, about the file's row (with its line), naming the recorded date.
            #expect(failure.messages.map(heading) == ["t.csv:3: France (FRA) signature 2025-10-26"], "\(failure.messages)")
            #expect(failure.violations.map(\.message) == [.alreadySigned(others: [d("2025-10-25")])])
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.participant) == ["FRA"])
    }

    /// A treaty whose rows come apart in the file (another treaty's rows
    /// between) is checked again as a whole, from the database.
    @Test func aTreatyWhoseRowsComeApartIsCheckedAsAWhole() throws {
        let store = try storeWithTwoTreaties()
        let apart = [
            row("hanoi", "FRA", "2025-10-25", line: 2), row("other", "FRA", "2025-10-25", line: 3),
            row("hanoi", "FRA", "2025-10-26", line: 4),
        ]
        do {
            _ = try importing(apart, into: store)
            Issue.record("a second signature was accepted")
        } catch let failure as BrokenRules {
            #expect(
                failure.messages.map(heading) == [
                    "t.csv:2: France (FRA) signature 2025-10-25", "t.csv:4: France (FRA) signature 2025-10-26",
                ])
            #expect(!failure.messages.contains { $0.contains("recorded as") })
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty && (try store.actionsInEffect(treaty: "other")).isEmpty)
        // Apart but within the rules: all of it goes in.
        let fine = try importing(
            [
                row("hanoi", "FRA", "2025-10-25", line: 2), row("other", "FRA", "2025-10-25", line: 3),
                row("hanoi", "DEU", "2025-10-26", line: 4),
            ], into: store)
        #expect(fine.added == 3)
        #expect(try store.actionsInEffect(treaty: "hanoi").count == 2)
    }

    /// The rows that come back may all be repeats, and the first visit's
    /// violation still counts; a treaty with a record that comes back sees
    /// the rows of its first visit (inserted by then) as recorded.
    @Test func rowsThatComeBackAreComparedWithEverythingBefore() throws {
        let store = try storeWithTwoTreaties()
        let broken = [
            row("hanoi", "FRA", "2025-10-25", line: 2), row("hanoi", "FRA", "2025-10-26", line: 3),
            row("other", "ITA", "2025-10-25", line: 4), row("hanoi", "FRA", "2025-10-25", line: 5),
        ]
        do {
            _ = try importing(broken, into: store)
            Issue.record("a second signature was accepted")
        } catch let failure as BrokenRules {
            #expect(
                failure.messages.map(heading) == [
                    "t.csv:2: France (FRA) signature 2025-10-25", "t.csv:3: France (FRA) signature 2025-10-26",
                ])
        }
        _ = try importing([row("hanoi", "FRA", "2025-10-25", line: 2)], into: store)
        let again = try importing(
            [
                row("hanoi", "DEU", "2025-10-25", line: 2), row("other", "ITA", "2025-10-25", line: 3),
                row("hanoi", "DEU", "2025-10-25", line: 4), row("hanoi", "FRA", "2025-10-25", line: 5),
            ], into: store)
        #expect((again.added, again.unchanged) == (2, 2))
        #expect(try store.actionsInEffect(treaty: "hanoi").map(\.participant) == ["FRA", "DEU"])
    }

    @Test func theProducersErrorComesAfterItsRowsAndRollsBack() throws {
        struct Unreadable: Error {}
        let store = try TemporaryDatabase().create()
        var seen = 0
        #expect(throws: Unreadable.self) {
            try BatchPipeline.run(
                batchSize: 7, depth: 2,
                produce: { emit in
                    for i in 0..<100 { try emit(i) }
                    throw Unreadable()
                },
                consume: { (i: Int) in
                    #expect(i == seen)
                    seen += 1
                })
        }
        #expect(seen == 100)
        #expect(throws: Unreadable.self) {
            _ = try store.importActions(today: today) { emit in
                for row in signatures(count: 600) { try emit(row) }
                throw Unreadable()
            }
        }
        #expect(try store.actionsInEffect(treaty: "hanoi").isEmpty)
    }

    @Test func theConsumersErrorStopsTheProducer() throws {
        struct Full: Error {}
        let emitted = Counter()
        #expect(throws: Full.self) {
            try BatchPipeline.run(
                batchSize: 10, depth: 2,
                produce: { emit in
                    for i in 0..<1_000_000 {
                        emitted.increment()
                        try emit(i)
                    }
                }, consume: { (i: Int) in if i == 25 { throw Full() } })
        }
        // Stopped within the batches that may wait, not at the end of its input.
        #expect(emitted.value < 100)
    }
}

/// A count shared with the producer's thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
