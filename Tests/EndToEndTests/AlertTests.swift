import Foundation
import Testing

@Suite struct AlertTests {
    func thresholdScenario() -> Sandbox { ReportTests().thresholdScenario() }

    @Test func nothingNewPrintsNothingAndExitsZero() {
        let sandbox = thresholdScenario()
        let run = sandbox.run("alert", "--as-of", "2026-06-30")
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
    }

    @Test func eachAlertFiresOnceAcrossRepeatedRuns() {
        let sandbox = thresholdScenario()
        let first = sandbox.run("alert", "--as-of", "2026-07-01")
        #expect(first.status == 0)
        #expect(
            first.stdout
                == "2026-07-01 threshold-reached: United Nations Convention against Cybercrime: the conditions for entry into force were met on 2026-07-01 (40 of 40 counted); it enters into force on 2026-09-29.\n"
        )
        #expect(sandbox.run("alert", "--as-of", "2026-07-01").stdout.isEmpty)
        #expect(sandbox.run("alert", "--as-of", "2026-09-28").stdout.isEmpty)
        let eif = sandbox.run("alert", "--as-of", "2026-09-29", "--json")
        let object = try? JSONSerialization.jsonObject(with: Data(eif.stdout.utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "entered-into-force" && object?["treaty"] as? String == "hanoi")
        #expect(object?["date"] as? String == "2026-09-29" && (object?["message"] as? String)?.contains("entered into force") == true)
        #expect(sandbox.run("alert", "--as-of", "2026-12-01").stdout.isEmpty)
    }

    /// A run after later deposits still gives the count of the day the
    /// threshold was reached (Namibia's, on 2026-08-10, is the 41st).
    @Test func aLateThresholdAlertGivesTheCountOfTheDayItWasReached() {
        let sandbox = thresholdScenario()
        let late = sandbox.run("alert", "--as-of", "2026-08-15")
        #expect(late.status == 0, "\(late.stderr)")
        #expect(late.stdout.contains("were met on 2026-07-01 (40 of 40 counted)"), "\(late.stdout)")
    }

    /// A milestone at the threshold says nothing is to go only when every
    /// condition holds; one past it says so, not "41 of 40".
    @Test func milestonesAtAndPastTheThresholdAreWordedForWhatTheyAre() {
        let sandbox = thresholdScenario()
        sandbox.run("alert", "config", "--enable", "milestone", "--milestones", "40,41")
        let run = sandbox.run("alert", "--as-of", "2026-08-15")
        #expect(run.stdout.contains("40 of 40 instruments counted (the 40th deposited on 2026-07-01)."), "\(run.stdout)")
        #expect(run.stdout.contains("41 instruments counted (the 41st deposited on 2026-08-10), beyond the 40 it needs."))
    }

    /// `--json` after `config` or `list` gives JSON (it once fell to the parent's flag).
    @Test func alertConfigAndListPrintJSON() throws {
        let sandbox = thresholdScenario()
        let config = try JSONSerialization.jsonObject(with: Data(sandbox.run("alert", "config", "--json").stdout.utf8)) as? [String: Any]
        #expect((config?["enabled"] as? [String])?.contains("threshold-reached") == true)
        sandbox.run("alert", "--as-of", "2026-07-01")
        let list = try JSONSerialization.jsonObject(with: Data(sandbox.run("alert", "list", "--json").stdout.utf8)) as? [[String: Any]]
        #expect(list?.first?["id"] as? String == "hanoi/threshold-reached/2026-07-01")
        #expect(list?.first?["delivered_at"] is String)
    }

    @Test func eightConcurrentRunsDeliverEachAlertOnce() async throws {
        let sandbox = thresholdScenario()
        let runs = await withTaskGroup(of: Run.self) { group in
            for _ in 0..<8 { group.addTask { sandbox.run("alert", "--as-of", "2026-09-29", "--json") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        let lines = runs.flatMap { $0.stdout.split(separator: "\n") }
        #expect(lines.count == 2)
        #expect(
            lines.filter { $0.contains("\"threshold-reached\"") }.count == 1
                && lines.filter { $0.contains("\"entered-into-force\"") }.count == 1)
    }

    @Test func execGetsTheJSONOnStdinAndTheEnvironmentAndNoShell() throws {
        let sandbox = thresholdScenario()
        // A treaty whose title is full of shell metacharacters.
        let title = #"Evil $(touch PWNED) `touch PWNED2`; touch PWNED3 && echo 'x' | cat > PWNED4"#
        let definition = sandbox.write(
            "evil.json",
            """
            {"id": "evil", "title": \(String(data: try JSONSerialization.data(withJSONObject: [title], options: .fragmentsAllowed), encoding: .utf8)!.dropFirst().dropLast()), "threshold": 1, "entry_into_force": ["+1d"]}
            """)
        #expect(sandbox.run("treaty", "add", definition).status == 0)
        #expect(sandbox.run("record", "FRA", "accession", "2026-01-01", "--treaty", "evil").status == 0)
        let script = sandbox.write(
            "capture.sh",
            "#!/bin/sh\ncat > \"$1/alert-$RATIFY_ALERT_KIND.json\"\nprintf '%s %s %s' \"$RATIFY_ALERT_KIND\" \"$RATIFY_TREATY\" \"$RATIFY_DATE\" > \"$1/env-$RATIFY_ALERT_KIND.txt\"\n"
        )
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let run = sandbox.run(["alert", "--treaty", "evil", "--as-of", "2026-01-05", "--exec", "\(script) '\(sandbox.folder.path)'"])
        #expect(run.status == 0, "\(run.stderr)")
        let payload = try String(contentsOfFile: sandbox.path("alert-threshold-reached.json"), encoding: .utf8)
        let object = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as! [String: Any]
        #expect(object["title"] as? String == title && object["kind"] as? String == "threshold-reached")
        #expect(
            try String(contentsOfFile: sandbox.path("env-threshold-reached.txt"), encoding: .utf8) == "threshold-reached evil 2026-01-01")
        #expect(
            try String(contentsOfFile: sandbox.path("env-entered-into-force.txt"), encoding: .utf8) == "entered-into-force evil 2026-01-02")
        for name in ["PWNED", "PWNED2", "PWNED3", "PWNED4"] {
            #expect(!FileManager.default.fileExists(atPath: sandbox.path(name)))
            #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/" + name))
        }
    }

    @Test func aFailingExecKeepsTheAlertPendingExits75AndTheNextRunDeliversIt() {
        let sandbox = thresholdScenario()
        let failed = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "false")
        #expect(failed.status == 75 && failed.stdout.isEmpty)
        #expect(failed.stderr.contains("exited with status 1") && failed.stderr.contains("pending"))
        #expect(sandbox.run("alert", "list").stdout.contains("pending"))
        let retried = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "true", "--print")
        #expect(retried.status == 0 && retried.stdout.contains("threshold-reached"))
        #expect(sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "true", "--print").stdout.isEmpty)
    }

    /// A program that cannot run is a mistake in the command line (64),
    /// said before any alert is claimed; the alert waits for a run that can deliver.
    @Test func aMissingExecutableIsAUsageErrorAndClaimsNothing() {
        let sandbox = thresholdScenario()
        let run = sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "no-such-program-here")
        #expect(run.status == 64 && run.stderr.contains("cannot find 'no-such-program-here' on PATH"))
        #expect(sandbox.run("alert", "--as-of", "2026-07-01", "--exec", "true", "--print").stdout.contains("threshold-reached"))
    }

    @Test func webhookSuccessAndFailure() throws {
        let sandbox = thresholdScenario()
        let server = try LocalHTTPServer(folder: sandbox.folder)
        defer { server.stop() }
        let ok = sandbox.run("alert", "--as-of", "2026-07-01", "--webhook", "http://127.0.0.1:\(server.port)/ok")
        #expect(ok.status == 0, "\(ok.stderr)")
        let received = try String(contentsOfFile: sandbox.path("posted-ok.json"), encoding: .utf8)
        #expect(received.contains("\"kind\":\"threshold-reached\""))
        let failing = sandbox.run("alert", "--as-of", "2026-09-29", "--webhook", "http://127.0.0.1:\(server.port)/fail")
        #expect(failing.status == 75 && failing.stderr.contains("webhook"))
        let retried = sandbox.run("alert", "--as-of", "2026-09-29", "--webhook", "http://127.0.0.1:\(server.port)/ok", "--print")
        #expect(retried.status == 0 && retried.stdout.contains("entered-into-force"))
    }

    @Test func configuredKinds() {
        let sandbox = thresholdScenario()
        #expect(
            sandbox.run("alert", "config", "--enable", "milestone", "--milestones", "30,39", "--enable", "signature-closing").status == 0)
        #expect(sandbox.run("alert", "config", "--enable", "everything").status == 64)
        // Run on 2026-12-10 itself: an --as-of after today would only show what is due.
        let onTheDay = ["RATIFY_TODAY": "2026-12-10"]
        let run = sandbox.run("alert", env: onTheDay)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5, "\(run.stdout)")
        #expect(lines.contains { $0.contains("milestone: United Nations Convention against Cybercrime: 30 of 40") })
        #expect(lines.contains { $0.contains("signature period closes in 21 days, on 2026-12-31") })
        // Enabling instrument alerts does not replay the record; a new deposit fires one.
        sandbox.run("alert", "config", "--enable", "instrument")
        #expect(sandbox.run("alert", env: onTheDay).stdout.isEmpty)
        sandbox.run("record", "PER", "ratification", "2026-11-20")
        #expect(
            sandbox.run("alert", env: onTheDay).stdout.contains("Peru deposited its instrument of ratification on 2026-11-20"))
    }
}
