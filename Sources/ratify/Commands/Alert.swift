import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct Alert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alert",
        abstract: "Tell what is new: threshold reached, entry into force, and the kinds enabled with 'alert config'.",
        discussion: """
            Each alert fires once per database: a run with nothing new prints nothing and exits 0, so cron \
            mails only news. Without --exec or --webhook, stdout is the delivery: one line per new alert, or \
            with --json one JSON object per line. --exec COMMAND runs COMMAND once per alert with the alert's \
            JSON on standard input and RATIFY_ALERT_ID, RATIFY_ALERT_KIND, RATIFY_TREATY, RATIFY_DATE in the \
            environment; the command line is split into words (quotes group words) and never passed through a \
            shell. --webhook URL POSTs the JSON (through curl). With either, stdout stays quiet unless --print. \
            RATIFY_ALERT_ID (and the JSON's "id") is stable for an alert: a receiver drops a repeat by it. \
            An alert whose delivery fails stays pending for the next run, and this run exits 75; a failed write \
            to stdout is exit 74, and the alert stays pending too. A delivery command runs in a process group \
            of its own, killed with everything it started after --timeout seconds or when ratify dies. \
            An --as-of after today shows what would be alerted on that day, and delivers and marks nothing.
            """,
        subcommands: [Config.self, List.self])

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @Flag(help: "Every treaty in the database.") var all = false
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "One JSON object per alert and line.") var json = false
    @Option(help: "Run this command once per alert (no shell).") var exec: String?
    @Option(help: "POST each alert's JSON to this http(s) URL.") var webhook: String?
    @Flag(help: "Print each alert on stdout as well when --exec or --webhook delivers it.") var print = false
    @Option(help: "Seconds an --exec command or a webhook may take, above 0 and up to 86400.") var timeout: Double = 30

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if all && treaty.id != nil { throw UsageError("--all and --treaty exclude each other", command: "alert") }
        if let exec {
            do {
                if try CommandWords.split(exec).isEmpty {
                    throw UsageError("--exec needs a command, e.g. --exec 'mail -s ratify ops@example.org'", command: "alert")
                }
            } catch let error as CommandWords.Unbalanced {
                throw UsageError("\(error.description): \(exec)", command: "alert")
            }
        }
        // A command that cannot run is a mistake in the command line, said
        // before any alert is claimed (not a delivery to retry).
        if let exec, let program = (try? CommandWords.split(exec))?.first {
            do { _ = try Subprocess.locate(program, path: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") } catch {
                throw UsageError("--exec: \(error.description)", command: "alert")
            }
        }
        if let webhook, !(webhook.hasPrefix("http://") || webhook.hasPrefix("https://")) {
            throw UsageError("--webhook takes an http:// or https:// URL", command: "alert")
        }
        if !Timeout.isValid(timeout, zeroAllowed: false) {
            throw UsageError("--timeout \(timeout): \(Timeout.expected(zeroAllowed: false))", command: "alert")
        }
    }

    func run() throws {
        try checkOptions()
        let asOfDate = try asOf.resolved()
        let today = try Clock.today()
        let store = try database.openStore()
        defer { store.close() }
        let config = try store.alertConfig()
        let records = all ? try store.records() : [try store.record(of: treaty.id)]
        func alerts(of record: TreatyRecord) throws -> [(event: AlertEvent, payload: String)] {
            let status = Engine.status(of: record.definition, actions: record.actions, asOf: asOfDate, directory: store.directory)
            let events = AlertRules.events(
                status: status, treaty: record.definition, actions: record.actions, config: config, directory: store.directory)
            return try events.map { ($0, try AlertPayload.json(for: $0, status: status)) }
        }
        // A day not yet come: its alerts would be delivered early and then never on the day.
        if asOfDate > today {
            Terminal.err(
                "ratify: --as-of \(asOfDate) is after today (\(today)): showing what would be alerted on that day; nothing is delivered or marked delivered"
            )
            for record in records {
                let delivered = try store.deliveredAlertIDs(treaty: record.definition.id)
                for (event, payload) in try alerts(of: record) where !delivered.contains(event.alertID) {
                    Terminal.out(
                        AlertDelivery.line(
                            kind: event.kind.rawValue, date: event.date.description, message: event.message, payload: payload, json: json))
                }
            }
            return try Terminal.finish()
        }
        var channels: [any AlertChannel] = []
        if let exec { channels.append(ExecChannel(words: try CommandWords.split(exec), timeout: timeout)) }
        if let webhook { channels.append(WebhookChannel(url: webhook, timeout: timeout)) }
        var delivery = AlertDelivery(store: store, channels: channels, printing: channels.isEmpty || print, json: json)
        let claimant = try store.alertClaimant(label: "\(getpid())@\(ProcessInfo.processInfo.hostName)")
        defer {
            try? store.releaseClaims(of: claimant)
            claimant.release()
        }
        for record in records {
            for alert in try store.raiseAndClaim(try alerts(of: record), treaty: record.definition.id, claimant: claimant) {
                try delivery.deliver(alert, claimant: claimant)
            }
        }
        if !delivery.failures.isEmpty {
            let failures = delivery.failures
            throw DeliveryFailure(
                description: failures.joined(separator: "\nratify: error: ")
                    + "\nratify: the alert\(failures.count == 1 ? " stays" : "s stay") pending and will be retried by the next run")
        }
    }
}

extension Alert: Exemplified {
    static let examples = [
        "ratify alert --all                            # under cron: prints only news",
        "ratify alert --exec 'mail -s \"ratify alert\" desk@example.org'",
    ]
}

extension Alert {
    /// Whether `--json` is on the command line. ArgumentParser gives a
    /// `--json` after `config` or `list` to `alert` itself; reading it there
    /// through `@ParentCommand` costs every run of ratify about a
    /// millisecond of start-up (its reflection), so the subcommands look here.
    static var jsonRequested: Bool { CommandLine.arguments.dropFirst().contains("--json") }
}
