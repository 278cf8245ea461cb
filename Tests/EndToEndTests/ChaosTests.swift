import Foundation
import RatifyCore
import Testing

/// Issue 19's closing run: eight writers, overlapping alert and report
/// runs, and random SIGKILLs of runs and of their delivery commands. In the
/// end every alert is delivered; no alert is delivered twice by live runs
/// whose commands succeeded (a repeat only ever follows an unknown outcome:
/// a run or command killed mid-delivery, which `RATIFY_ALERT_ID` lets the
/// receiver drop); no killed run's command delivers after its run died; and
/// one run after the chaos leaves nothing pending.
@Suite struct ChaosTests {
    /// What the chaos did, shared by its threads.
    final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var active: [Int32: BackgroundRun] = [:]
        private(set) var killedRuns: [Int32: Double] = [:]
        private(set) var killedCommands: Set<Int32> = []
        private(set) var statuses: [Int32] = []
        private(set) var writeStatuses: [Int32] = []
        private var stopped = false

        var isStopped: Bool { sync { stopped } }
        func stop() { sync { stopped = true } }
        func wrote(status: Int32) { sync { writeStatuses.append(status) } }

        func sync<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }

        func started(_ run: BackgroundRun) { sync { active[run.pid] = run } }
        func ended(_ run: BackgroundRun, status: Int32) {
            sync {
                active[run.pid] = nil
                statuses.append(status)
            }
        }

        func killARun() {
            sync {
                guard let run = active.values.randomElement() else { return }
                run.kill()
                killedRuns[run.pid] = Date().timeIntervalSince1970
                active[run.pid] = nil
            }
        }

        func killACommand(in folder: String) {
            let running = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard let name = running.randomElement(), let pid = Int32(name) else { return }
            sync {
                kill(pid, SIGKILL)
                killedCommands.insert(pid)
            }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    @Test func everyAlertIsDeliveredNoneTwiceByLiveRunsNoneHeldBackThroughKillsOfRunsAndCommands() throws {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        #expect(
            sandbox.run("alert", "config", "--enable", "instrument", "--enable", "milestone", "--milestones", "10,20,30,40,50,60").status
                == 0)
        let signatories = sandbox.run("export").stdout.split(separator: "\n").dropFirst().map { String($0.prefix(3)) }
        let running = sandbox.path("running")
        try FileManager.default.createDirectory(atPath: running, withIntermediateDirectories: true)
        let log = sandbox.path("delivered.log")
        // Its run is its supervisor's parent; its line is the delivery.
        let deliver = script(
            sandbox, "deliver.sh",
            """
            cat > /dev/null
            run=$(cut -d' ' -f4 /proc/$PPID/stat)
            : > "$1/running/$$"
            sleep 0.02
            echo "$RATIFY_ALERT_ID $run $$ $(date +%s.%N)" >> "$1/delivered.log"
            rm -f "$1/running/$$"

            """)
        let command = "\(deliver) '\(sandbox.folder.path)'"
        let record = Record()

        // Three alert runners and a report runner, each a run at a time, until stopped.
        let runners = onThreads(4) { index in
            while !record.isStopped {
                let arguments = index == 3 ? ["report"] : ["alert", "--exec", command]
                guard let run = try? BackgroundRun(sandbox, arguments) else { continue }
                record.started(run)
                record.ended(run, status: run.wait().status)
            }
        }
        let killer = onThreads(1) { _ in
            while !record.isStopped {
                Thread.sleep(forTimeInterval: Double.random(in: 0.03...0.15))
                if Bool.random() { record.killARun() } else { record.killACommand(in: running) }
            }
        }
        // Eight writers, one process per ratification, dated so that each is after its signature.
        let first = try CivilDate.parse("2026-01-05")
        @Sendable func ratify(_ i: Int) -> Int32 {
            sandbox.run("record", signatories[i], "ratification", first.adding(days: i).description, "-q").status
        }
        let lastFive = signatories.count - 5
        onThreads(8) { writer in
            for i in 0..<lastFive where i % 8 == writer { record.wrote(status: ratify(i)) }
        }.wait()
        Thread.sleep(forTimeInterval: 0.5)
        record.stop()
        killer.wait()
        runners.wait()

        // Last, five instruments, and a run killed while it delivers their alerts.
        for i in lastFive..<signatories.count { record.wrote(status: ratify(i)) }
        let slow = script(
            sandbox, "slow.sh", "cat > /dev/null\n: > '\(running)/slow-$$'\nsleep 10\necho \"$RATIFY_ALERT_ID - $$ 0\" >> '\(log)'\n")
        let doomed = try BackgroundRun(sandbox, ["alert", "--exec", slow])
        #expect(
            waitUntil(seconds: 10) {
                ((try? FileManager.default.contentsOfDirectory(atPath: running)) ?? []).contains { $0.hasPrefix("slow-") }
            })
        doomed.kill()
        _ = doomed.wait()

        let writeStatuses = record.sync { record.writeStatuses }
        #expect(writeStatuses.count == signatories.count && writeStatuses.allSatisfy { $0 == 0 }, "\(writeStatuses)")
        let beforeFinal = lines(of: log).count
        // One run after the chaos delivers whatever is left: nothing is held back.
        let final = sandbox.run("alert", "--exec", command)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(lines(of: log).count >= beforeFinal + 5, "the run after the killed one did not deliver its alerts")
        let list = sandbox.run("alert", "list").stdout.split(separator: "\n").dropFirst()
        #expect(!list.isEmpty && !list.contains { $0.contains("pending") }, "\(list)")
        let ids = Set(list.compactMap { $0.split(separator: " ").dropFirst(3).first.map(String.init) })
        let afterFinal = lines(of: log).count
        #expect(sandbox.run("alert", "--exec", command).status == 0 && lines(of: log).count == afterFinal)

        // "ID RUN COMMAND TIME"; the slow command of the last killed run writes "ID - COMMAND 0".
        let deliveries = lines(of: log).map { $0.split(separator: " ").map(String.init) }.filter { $0.count == 4 }
        #expect(deliveries.count == lines(of: log).count, "malformed lines in \(lines(of: log))")
        #expect(!deliveries.contains { $0[1] == "-" }, "the killed run's slow command delivered")
        let byID = Dictionary(grouping: deliveries, by: { $0[0] })
        #expect(Set(byID.keys) == ids, "delivered \(byID.count) of \(ids.count) alerts")
        let (killedRuns, killedCommands) = record.sync { (record.killedRuns, record.killedCommands) }
        for (id, lines) in byID {
            let confirmed = lines.filter { line in
                !killedRuns.keys.contains(Int32(line[1]) ?? 0) && !killedCommands.contains(Int32(line[2]) ?? 0)
            }
            #expect(confirmed.count <= 1, "\(id) delivered by \(confirmed.count) live runs: \(confirmed)")
        }
        for line in deliveries {
            if let killedAt = killedRuns[Int32(line[1]) ?? 0] {
                #expect((Double(line[3]) ?? 0) <= killedAt + 2, "a command delivered \(line[0]) after its run was killed")
            }
        }
        #expect(sandbox.run("check").status == 0)
        let statuses = record.sync { record.statuses }
        print(
            """
            chaos: \(signatories.count) writes by 8 writers; \(statuses.count) runs \
            (\(killedRuns.count) killed, \(statuses.filter { $0 == 0 }.count) exit 0, \(statuses.filter { $0 == 75 }.count) exit 75); \
            \(killedCommands.count) delivery commands killed; \(ids.count) alerts, \(deliveries.count) deliveries \
            (\(beforeFinal) during the chaos, \(afterFinal - beforeFinal) by the run after it and the killed one), \
            \(deliveries.count - byID.count) repeats after unknown outcomes
            """)
    }
}
