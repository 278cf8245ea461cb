import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension Alert {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change which alerts this database wants.",
            discussion: "Kinds: " + AlertKind.allCases.map(\.rawValue).joined(separator: ", ")
                + ". threshold-reached and entered-into-force are on by default.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("Turn a kind on (repeatable).", valueName: "kind"), completion: Completions.alertKinds) var enable:
            [String] = []
        @Option(help: ArgumentHelp("Turn a kind off (repeatable).", valueName: "kind"), completion: Completions.alertKinds) var disable:
            [String] = []
        @Option(help: ArgumentHelp("Counts for milestone alerts, e.g. 30,35,39.", valueName: "counts")) var milestones: String?
        @Option(help: ArgumentHelp("Days ahead for entry-into-force-soon.", valueName: "days")) var eifWithin: Int?
        @Option(help: ArgumentHelp("Days ahead for signature-closing.", valueName: "days")) var signatureClosingWithin: Int?
        @Flag(help: "Print the configuration as JSON.") var json = false

        func run() throws {
            let json = json || Alert.jsonRequested
            func kind(_ text: String) throws -> AlertKind {
                guard let kind = AlertKind(rawValue: text) else {
                    throw CommandError.unknownAlertKind(text)
                }
                return kind
            }
            let on = try enable.map(kind)
            let off = try disable.map(kind)
            let counts = try milestones.map { list in
                try list.split(separator: ",").map { part -> Int in
                    guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                        throw CommandError.badMilestone(String(part))
                    }
                    return n
                }
            }
            if let both = on.first(where: off.contains) { throw CommandError.enabledAndDisabled(both.rawValue) }
            for (option, days) in [("--eif-within", eifWithin), ("--signature-closing-within", signatureClosingWithin)] {
                if let days, !(0...CommandError.maxDays).contains(days) { throw CommandError.daysOutOfRange(option: option, days) }
            }
            let store = try database.openStore()
            defer { store.close() }
            let changes = !(on.isEmpty && off.isEmpty && counts == nil && eifWithin == nil && signatureClosingWithin == nil)
            let config =
                changes
                ? try store.updateAlertConfig { config in
                    config.enabled.formUnion(on)
                    config.enabled.subtract(off)
                    if let counts { config.milestones = counts.sorted() }
                    if let eifWithin { config.entryIntoForceWithinDays = eifWithin }
                    if let signatureClosingWithin { config.signatureClosingWithinDays = signatureClosingWithin }
                } : try store.alertConfig()
            if json {
                Terminal.out(try JSONOutput.string(config))
            } else if !changes {
                Terminal.out(
                    """
                    enabled: \(config.enabled.sorted().map(\.rawValue).joined(separator: ", "))
                    milestones: \(config.milestones.map(String.init).joined(separator: ", ").ifEmpty("none"))
                    entry-into-force-soon within: \(config.entryIntoForceWithinDays) days
                    signature-closing within: \(config.signatureClosingWithinDays) days

                    """)
            }
        }
    }
}

extension Alert.Config: Exemplified {
    static let examples = [
        "ratify alert config --enable milestone --milestones 30,35,39",
        "ratify alert config --enable instrument --disable entered-into-force",
    ]
}
