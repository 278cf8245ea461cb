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
            mails only news. Text: one line per new alert on stdout; --json: one JSON object per line. \
            --exec COMMAND runs COMMAND once per alert with the alert's JSON on standard input and \
            RATIFY_ALERT_KIND, RATIFY_TREATY, RATIFY_DATE in the environment; the command line is split into \
            words (quotes group words) and never passed through a shell. --webhook URL POSTs the JSON \
            (through curl). An alert whose delivery fails stays pending for the next run, and this run exits 75.
            """,
        subcommands: [Config.self, List.self])

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @Flag(help: "Every treaty in the database.") var all = false
    @OptionGroup var asOf: AsOfOption
    @Flag(help: "One JSON object per alert and line.") var json = false
    @Option(help: "Run this command once per alert (no shell).") var exec: String?
    @Option(help: "POST each alert's JSON to this http(s) URL.") var webhook: String?
    @Option(help: "Seconds an --exec command or a webhook may take.") var timeout: Double = 30

    /// Options that exclude each other, or values of the wrong form (64).
    func checkOptions() throws {
        if all && treaty.id != nil { throw UsageError("--all and --treaty exclude each other", command: "alert") }
        if let exec, (try? CommandWords.split(exec))?.isEmpty ?? true {
            throw UsageError("--exec needs a command, e.g. --exec 'mail -s ratify ops@example.org'", command: "alert")
        }
        if let webhook, !(webhook.hasPrefix("http://") || webhook.hasPrefix("https://")) {
            throw UsageError("--webhook takes an http:// or https:// URL", command: "alert")
        }
    }

    func run() throws {
        try checkOptions()
        let asOfDate = try asOf.resolved()
        let store = try database.openStore()
        defer { store.close() }
        let config = try store.alertConfig()
        let records = all ? try store.records() : [try store.record(of: treaty.id)]
        var channels: [any AlertChannel] = []
        if let exec { channels.append(ExecChannel(words: try CommandWords.split(exec), timeout: timeout)) }
        if let webhook { channels.append(WebhookChannel(url: webhook, timeout: timeout)) }
        let claimant = "\(ProcessInfo.processInfo.processIdentifier)@\(ProcessInfo.processInfo.hostName)"
        var failures: [String] = []

        for record in records {
            let definition = record.definition
            let actions = record.actions
            let status = Engine.status(of: definition, actions: actions, asOf: asOfDate, directory: store.directory)
            let events = AlertRules.events(status: status, treaty: definition, actions: actions, config: config, directory: store.directory)
            let withPayload = try events.map { ($0, try AlertPayload.json(for: $0, status: status)) }
            for alert in try store.raiseAndClaim(withPayload, treaty: definition.id, claimant: claimant) {
                var reached = alert.deliveredChannels
                var failed = false
                for channel in channels where !reached.contains(channel.name) {
                    do {
                        try channel.deliver(alert)
                        reached.insert(channel.name)
                    } catch {
                        failed = true
                        failures.append("alert \(alert.kind) for \(alert.treaty) (\(alert.date)): \(error)")
                    }
                }
                // The stdout line is the delivery when no other channel fails;
                // a failed alert is printed by the run that delivers it.
                if !failed {
                    Terminal.out(json ? alert.payload + "\n" : "\(alert.date) \(alert.kind): \(alert.message)\n")
                }
                try store.finishDelivery(alertID: alert.id, channels: reached, complete: !failed)
            }
        }
        if !failures.isEmpty {
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
