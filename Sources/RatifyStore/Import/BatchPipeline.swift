import Foundation

/// Runs a producer on a thread of its own and hands what it makes to the
/// calling thread in batches, so that parsing a file on one core overlaps
/// the inserts on another (a 200,000-row import, scripts/bench). At most
/// `depth` batches wait, so memory stays bounded however large the file.
/// Hand-written because the standard library's AsyncStream would need the
/// consumer to be async, and the consumer here runs inside GRDB's
/// synchronous write transaction.
enum BatchPipeline {
    /// Calls `consume` for every item `produce` emits, in order, on this
    /// thread. An error from `produce` is rethrown after the items it
    /// emitted before it; an error from `consume` stops the producer at its
    /// next batch. Returns only when the producer's thread has finished.
    static func run<Item: Sendable>(
        batchSize: Int = 512, depth: Int = 8,
        produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
        consume: (Item) throws -> Void
    ) throws {
        let channel = Channel<Item>(depth: depth)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            do {
                try produce { item in
                    batch.append(item)
                    if batch.count == batchSize {
                        try channel.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try channel.send(batch) }
                channel.finish(failure: nil)
            } catch {
                // The rows emitted before the error still reach the consumer.
                if !batch.isEmpty { try? channel.send(batch) }
                channel.finish(failure: error)
            }
            finished.signal()
        }
        defer {
            channel.cancel()
            finished.wait()
        }
        while let batch = try channel.receive() {
            for item in batch { try consume(item) }
        }
    }

    /// The consumer stopped: the producer gives up at its next batch.
    struct Cancelled: Error {}

    /// A bounded queue of batches between the two threads, under one lock.
    private final class Channel<Item: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var batches: [[Item]] = []
        private var done = false
        private var failure: (any Error)?
        private var cancelled = false
        private let depth: Int

        init(depth: Int) { self.depth = depth }

        func send(_ batch: [Item]) throws {
            condition.lock()
            defer { condition.unlock() }
            while batches.count >= depth && !cancelled { condition.wait() }
            if cancelled { throw Cancelled() }
            batches.append(batch)
            condition.broadcast()
        }

        func finish(failure: (any Error)?) {
            condition.lock()
            defer { condition.unlock() }
            done = true
            self.failure = failure
            condition.broadcast()
        }

        /// The next batch; nil once the producer has finished and every
        /// batch has been taken; the producer's error after its batches.
        func receive() throws -> [Item]? {
            condition.lock()
            defer { condition.unlock() }
            while batches.isEmpty && !done { condition.wait() }
            if !batches.isEmpty {
                condition.broadcast()
                return batches.removeFirst()
            }
            if let failure { throw failure }
            return nil
        }

        func cancel() {
            condition.lock()
            defer { condition.unlock() }
            cancelled = true
            condition.broadcast()
        }
    }
}
