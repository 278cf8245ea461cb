import Foundation
import Testing

/// Issue 19, items 1–5 and 13, and issue 20 item 3: alerts are delivered
/// once, on time, by live runs; a run's delivery commands never outlive it.
@Suite struct DeliveryGuaranteeTests {
    /// The threshold scenario with milestones: five alerts as of 2026-09-29.
    func fiveAlerts() -> Sandbox {
        let sandbox = ReportTests().thresholdScenario()
        #expect(sandbox.run("alert", "config", "--enable", "milestone", "--milestones", "10,20,30").status == 0)
        return sandbox
    }

    /// A delivery command that appends `RATIFY_ALERT_ID` to `delivered.log`
    /// after `seconds`, and its pid to `started.log` first.
    func logger(_ sandbox: Sandbox, after seconds: Double) -> String {
        script(
            sandbox, "deliver-\(seconds).sh",
            """
            echo $$ >> '\(sandbox.path("started.log"))'
            cat > /dev/null
            sleep \(seconds)
            echo "$RATIFY_ALERT_ID" >> '\(sandbox.path("delivered.log"))'

            """)
    }

    // Item 1.
    @Test func aLiveRunsClaimsAreNeverTakenOverAndEachAlertIsDeliveredOnce() throws {
        let sandbox = fiveAlerts()
        let command = logger(sandbox, after: 0.4)
        let slow = try BackgroundRun(sandbox, ["alert", "--as-of", "2026-09-29", "--exec", command])
        #expect(waitUntil(seconds: 10) { !lines(of: sandbox.path("started.log")).isEmpty })
        // A second run while the first is delivering: every alert is the first run's.
        let second = sandbox.run("alert", "--as-of", "2026-09-29", "--exec", command)
        #expect(second.status == 0 && second.stdout.isEmpty, "\(second.stderr)")
        let first = slow.wait()
        #expect(first.status == 0, "\(first.stderr)")
        let delivered = lines(of: sandbox.path("delivered.log"))
        #expect(delivered.count == 5 && Set(delivered).count == 5, "\(delivered)")
        #expect(!sandbox.run("alert", "list").stdout.contains("pending"))
    }

    // Item 2.
    @Test func aRunKilledDuringItsCommandTakesTheCommandWithItAndTheNextRunDeliversAtOnce() throws {
        let sandbox = ReportTests().thresholdScenario()
        let command = logger(sandbox, after: 1.5)
        let run = try BackgroundRun(sandbox, ["alert", "--as-of", "2026-07-01", "--exec", command])
        #expect(waitUntil(seconds: 10) { !lines(of: sandbox.path("started.log")).isEmpty })
        run.kill()
        #expect(run.wait().status == 128 + SIGKILL)
        let commandPID = Int32(lines(of: sandbox.path("started.log"))[0])!
        #expect(waitUntil(seconds: 2) { !isRunning(commandPID) }, "the delivery command outlived its run")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(lines(of: sandbox.path("delivered.log")).isEmpty, "the killed run's command delivered")
        // Not held back: the very next run delivers it.
        let next = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", logger(sandbox, after: 0))
        #expect(next.status == 0, "\(next.stderr)")
        #expect(lines(of: sandbox.path("delivered.log")) == ["hanoi/threshold-reached/2026-07-01"])
    }

    // Item 3: the timeout covers writing standard input to a command that does not read it.
    @Test(arguments: ["sleep 30", "sleep infinity"])
    func aCommandThatDoesNotReadALargeAlertIsStoppedAtTheTimeout(_ command: String) throws {
        let sandbox = ReportTests().thresholdScenario()
        let title = String(repeating: "A long title. ", count: 6_000)  // over 64 KB: more than a pipe holds
        let definition = sandbox.write(
            "long.json", #"{"id": "long", "title": "\#(title)", "threshold": 1, "entry_into_force": ["+1d"]}"#)
        #expect(sandbox.run("treaty", "add", definition).status == 0)
        #expect(sandbox.run("record", "FRA", "accession", "2026-01-01", "--treaty", "long").status == 0)
        let started = Date()
        let run = sandbox.run("alert", "--treaty", "long", "--as-of", "2026-01-01", "--exec", command, "--timeout", "1")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(run.status == 75 && run.stderr.contains("took longer than 1 second and was stopped"), "\(run.stderr)")
        #expect(sandbox.run("alert", "list", "--treaty", "long").stdout.contains("pending"))
    }

    // Item 3: what the command started goes too, and nothing holds ratify's output open.
    @Test func aTimedOutCommandIsStoppedWithEveryProcessItStarted() throws {
        let sandbox = ReportTests().thresholdScenario()
        let command = script(sandbox, "spawner.sh", "sleep 60 &\necho $! > '\(sandbox.path("child.pid"))'\nwait\n")
        let started = Date()
        let run = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", command, "--timeout", "2")
        // The run ends when its output closes: no child is left holding it.
        #expect(Date().timeIntervalSince(started) < 8)
        #expect(run.status == 75 && run.stderr.contains("with every process it started"), "\(run.stderr)")
        let child = Int32(lines(of: sandbox.path("child.pid")).first ?? "") ?? 0
        #expect(child > 0 && waitUntil(seconds: 2) { !isRunning(child) }, "the command's child outlived the timeout")
    }

    /// A command that succeeds leaving a child in the background: the child
    /// goes with it, so cron is not kept waiting on ratify's stderr.
    @Test func aSuccessfulCommandsBackgroundChildDoesNotOutliveTheRun() throws {
        let sandbox = ReportTests().thresholdScenario()
        let command = script(sandbox, "leaver.sh", "cat > /dev/null\nsleep 60 &\necho $! > '\(sandbox.path("child.pid"))'\nexit 0\n")
        let started = Date()
        let run = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", command)
        // The run's output closes when it ends: no child is left holding it for its 60 s.
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status == 0, "\(run.stderr)")
        let child = Int32(lines(of: sandbox.path("child.pid")).first ?? "") ?? 0
        #expect(child > 0 && waitUntil(seconds: 2) { !isRunning(child) }, "the command's background child outlived the run")
    }

    // Item 4.
    @Test func anAsOfAfterTodayDeliversAndMarksNothingAndTheRealDayDelivers() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let definition = sandbox.write("soon.json", #"{"id": "soon", "threshold": 1, "entry_into_force": ["+200d"]}"#)
        #expect(sandbox.run("treaty", "add", definition).status == 0)
        #expect(sandbox.run("record", "FRA", "accession", TestDay.today, "--treaty", "soon").status == 0)
        // Today's threshold alert is delivered today.
        #expect(sandbox.run("alert", "--treaty", "soon").stdout.contains("threshold-reached"))
        let future = TestDay.days(200)
        let preview = sandbox.run("alert", "--treaty", "soon", "--as-of", future, "--exec", logger(sandbox, after: 0))
        #expect(preview.status == 0 && preview.stdout.contains("\(future) entered-into-force"))
        #expect(
            preview.stderr.contains("--as-of \(future) is after today (\(TestDay.today))")
                && preview.stderr.contains("nothing is delivered"))
        #expect(lines(of: sandbox.path("delivered.log")).isEmpty)
        #expect(!sandbox.run("alert", "list", "--treaty", "soon").stdout.contains("entered-into-force"))
        // Before the day, nothing; on the day, delivered once.
        #expect(sandbox.run("alert", "--treaty", "soon", env: ["RATIFY_TODAY": TestDay.days(199)]).stdout.isEmpty)
        let onTheDay = sandbox.run("alert", "--treaty", "soon", env: ["RATIFY_TODAY": future])
        #expect(onTheDay.stdout == "\(future) entered-into-force: soon entered into force on \(future).\n", "\(onTheDay.stderr)")
        #expect(sandbox.run("alert", "--treaty", "soon", env: ["RATIFY_TODAY": future]).stdout.isEmpty)
    }

    @Test func aReportAsOfAfterTodayIsNotRemembered() {
        let sandbox = Sandbox().withHanoiSignatures()
        let future = sandbox.run("report", "--as-of", TestDay.days(30))
        #expect(future.status == 0 && future.stderr.contains("is after today") && future.stderr.contains("not remembered"))
        #expect(sandbox.run("report").stdout.contains("(first report)"))
        #expect(!sandbox.run("report").stdout.contains("(first report)"))
    }

    // Item 5: nonsense is a usage error before anything is claimed.
    @Test(arguments: ["inf", "1e300", "nan", "0", "-1", "86401"])
    func aTimeoutOutOfRangeIsRefused(_ value: String) {
        let sandbox = ReportTests().thresholdScenario()
        let run = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "true", "--timeout", value)
        #expect(run.status == 64 && run.stderr.contains("--timeout"), "\(run.stderr)")
        #expect(!sandbox.run("alert", "list").stdout.contains("threshold-reached"))
        #expect(sandbox.run("alert", "--as-of", "2026-07-01").stdout.contains("threshold-reached"))
    }

    @Test(arguments: ["inf", "2147484", "abc", "-3", "nan"])
    func aBusyTimeoutOutOfRangeIsRefused(_ value: String) {
        let sandbox = Sandbox().withHanoiSignatures()
        for arguments in [["status"], ["record", "DEU", "signature", TestDay.today], ["init"]] {
            let run = sandbox.run(arguments, env: ["RATIFY_BUSY_TIMEOUT": value])
            #expect(run.status == 64 && run.stderr.contains("RATIFY_BUSY_TIMEOUT=\(value): expected a number of seconds"), "\(run.stderr)")
        }
        #expect(sandbox.run("status", env: ["RATIFY_BUSY_TIMEOUT": "2.5"]).status == 0)
    }

    @Test func theAlertIDIsInTheEnvironmentAndTheJSONAndStableAcrossARetry() throws {
        let sandbox = ReportTests().thresholdScenario()
        let failing = script(
            sandbox, "fail.sh",
            "cat > '\(sandbox.path("payload.json"))'\necho \"$RATIFY_ALERT_ID\" >> '\(sandbox.path("ids.log"))'\nexit 1\n")
        #expect(sandbox.run("alert", "--as-of", "2026-07-01", "--exec", failing).status == 75)
        #expect(sandbox.run("alert", "--as-of", "2026-07-01", "--exec", logger(sandbox, after: 0)).status == 0)
        let id = "hanoi/threshold-reached/2026-07-01"
        #expect(lines(of: sandbox.path("ids.log")) == [id] && lines(of: sandbox.path("delivered.log")) == [id])
        let payload = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sandbox.path("payload.json"))))
        #expect((payload as? [String: Any])?["id"] as? String == id)
        #expect(sandbox.run("alert", "list").stdout.contains(id))
    }

    // Issue 20, item 3.
    @Test func withADeliveryChannelStdoutStaysQuietUnlessPrintIsAsked() {
        let sandbox = fiveAlerts()
        let quiet = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "true")
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let printed = sandbox.run("alert", "--as-of", "2026-09-29", "--exec", "true", "--print", "--json")
        let objects = printed.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 1 && objects[0]["id"] as? String == "hanoi/entered-into-force/2026-09-29", "\(printed.stdout)")
        // Without a channel, stdout is the delivery: one line per alert.
        let plain = ReportTests().thresholdScenario().run("alert", "--as-of", "2026-09-29")
        #expect(plain.stdout.split(separator: "\n").count == 2)
    }

    // Item 13.
    @Test func aWebhookURLIsTakenAsWrittenWithoutGlobbing() throws {
        let sandbox = ReportTests().thresholdScenario()
        let server = try LocalHTTPServer(folder: sandbox.folder)
        defer { server.stop() }
        let run = sandbox.run("alert", "--as-of", "2026-07-01", "--webhook", "http://127.0.0.1:\(server.port)/{ok,b,c}")
        #expect(run.status == 75)  // the server answers 500 to any path but /ok
        #expect(FileManager.default.fileExists(atPath: sandbox.path("posted-{ok,b,c}.json")))
        for name in ["ok", "b", "c"] { #expect(!FileManager.default.fileExists(atPath: sandbox.path("posted-\(name).json"))) }
    }
}
