import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
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
        subcommands: [AlertConfigCommand.self, AlertList.self])

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
        if let exec, (try? CommandWords.split(exec))?.isEmpty ?? true { throw UsageError("--exec needs a command, e.g. --exec 'mail -s ratify ops@example.org'", command: "alert") }
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
        let treaties = all ? try store.treaties().map(\.definition) : [try store.treaty(treaty.id).definition]
        var channels: [any AlertChannel] = []
        if let exec { channels.append(ExecChannel(words: try CommandWords.split(exec), timeout: timeout)) }
        if let webhook { channels.append(WebhookChannel(url: webhook, timeout: timeout)) }
        let claimant = "\(ProcessInfo.processInfo.processIdentifier)@\(ProcessInfo.processInfo.hostName)"
        var failures: [String] = []

        for definition in treaties {
            let actions = try store.actionsInEffect(treaty: definition.id)
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
            throw DeliveryFailure(description: failures.joined(separator: "\nratify: error: ")
                + "\nratify: the alert\(failures.count == 1 ? " stays" : "s stay") pending and will be retried by the next run")
        }
    }
}

/// The JSON delivered for an alert: the contract's `kind`, `treaty`,
/// `date`, `message`, and more.
enum AlertPayload {
    struct Body: Encodable {
        var kind: String, treaty: String, date: String, message: String, key: String, title: String, as_of: String
        var counted: Int, threshold: Int, remaining: Int
        @NullEncoded var threshold_reached_on: String?
        @NullEncoded var entry_into_force: String?
    }

    static func json(for event: AlertEvent, status: TreatyStatus) throws -> String {
        let body = Body(kind: event.kind.rawValue, treaty: event.treaty, date: event.date.description, message: event.message,
                        key: event.key, title: status.title, as_of: status.asOf.description, counted: status.counted,
                        threshold: status.threshold, remaining: status.remaining,
                        threshold_reached_on: status.thresholdReachedOn?.description, entry_into_force: status.entryIntoForce?.description)
        return String(try JSONOutput.string(body, pretty: false).dropLast())
    }
}

struct AlertConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change which alerts this database wants.",
        discussion: "Kinds: " + AlertKind.allCases.map(\.rawValue).joined(separator: ", ")
            + ". threshold-reached and entered-into-force are on by default.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("Turn a kind on (repeatable).", valueName: "kind")) var enable: [String] = []
    @Option(help: ArgumentHelp("Turn a kind off (repeatable).", valueName: "kind")) var disable: [String] = []
    @Option(help: ArgumentHelp("Counts for milestone alerts, e.g. 30,35,39.", valueName: "counts")) var milestones: String?
    @Option(help: ArgumentHelp("Days ahead for entry-into-force-soon.", valueName: "days")) var eifWithin: Int?
    @Option(help: ArgumentHelp("Days ahead for signature-closing.", valueName: "days")) var signatureClosingWithin: Int?
    @Flag(help: "Print the configuration as JSON.") var json = false

    func run() throws {
        func kind(_ text: String) throws -> AlertKind {
            guard let kind = AlertKind(rawValue: text) else {
                throw CommandError.unknownAlertKind(text)
            }
            return kind
        }
        let on = try enable.map(kind), off = try disable.map(kind)
        let counts = try milestones.map { list in
            try list.split(separator: ",").map { part -> Int in
                guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                    throw CommandError.badMilestone(String(part))
                }
                return n
            }
        }
        for days in [eifWithin, signatureClosingWithin].compactMap({ $0 }) where days < 0 {
            throw CommandError.negativeDays(days)
        }
        let store = try database.openStore()
        defer { store.close() }
        let changes = !(on.isEmpty && off.isEmpty && counts == nil && eifWithin == nil && signatureClosingWithin == nil)
        let config = changes ? try store.updateAlertConfig { config in
            config.enabled.formUnion(on)
            config.enabled.subtract(off)
            if let counts { config.milestones = counts.sorted() }
            if let eifWithin { config.entryIntoForceWithinDays = eifWithin }
            if let signatureClosingWithin { config.signatureClosingWithinDays = signatureClosingWithin }
        } : try store.alertConfig()
        if json {
            Terminal.out(try JSONOutput.string(config))
        } else if !changes {
            Terminal.out("""
                enabled: \(config.enabled.sorted().map(\.rawValue).joined(separator: ", "))
                milestones: \(config.milestones.map(String.init).joined(separator: ", ").ifEmpty("none"))
                entry-into-force-soon within: \(config.entryIntoForceWithinDays) days
                signature-closing within: \(config.signatureClosingWithinDays) days

                """)
        }
    }
}

struct AlertList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the alerts raised so far and whether each was delivered.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption

    func run() throws {
        let store = try database.openStore()
        defer { store.close() }
        let id = try store.treaty(treaty.id).definition.id
        var table = TextTable(header: ["Date", "Kind", "Delivered", "Message"])
        for (alert, delivered) in try store.alerts(treaty: id) {
            table.rows.append([alert.date, alert.kind, delivered ?? "pending", alert.message])
        }
        Terminal.out(table.render(style: Terminal.stdoutStyle))
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
