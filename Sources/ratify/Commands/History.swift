import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the whole record, corrections and voided actions included.",
        discussion: "Each row has an id; 'ratify correct ID' and 'ratify void ID' act on it.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Only this participant (code or name).") var state: String?
    @OptionGroup var treaty: TreatyOption
    @Flag(help: "One JSON object per row, as a list.") var json = false

    func run() throws {
        let participant = try state.map { try ParticipantDirectory.builtIn.lookup($0) }
        let store = try database.openStoreForReading()
        defer { store.close() }
        let treatyID = try store.treaty(treaty.id).definition.id
        let entries = try store.history(treaty: treatyID, participant: participant?.code)
        if json {
            Terminal.out(try JSONOutput.string(entries.map { HistoryJSON($0, directory: store.directory) }))
            return
        }
        guard !entries.isEmpty else {
            Terminal.err("no actions recorded for \(participant.map { "\($0.name) in " } ?? "")\(treatyID)")
            return
        }
        var table = TextTable(header: ["Id", "State", "Action", "Date", "Reference", "Status", "Recorded", "Source"])
        let style = Terminal.stdoutStyle
        for entry in entries {
            let a = entry.action
            var status = "in effect"
            if let by = entry.supersededBy { status = "corrected by #\(by)" }
            if let voided = entry.voided { status = "void: \(voided.reason)" }
            if let of = entry.supersedes { status += " (corrects #\(of): \(entry.reason ?? ""))" }
            if !entry.inEffect { table.dimmed.insert([table.rows.count, 5]) }
            table.rows.append([
                "#\(a.id ?? 0)", a.participant, a.kind.rawValue, a.date.description, a.reference ?? "", status, entry.recordedAt,
                a.provenance.location,
            ])
        }
        Terminal.out(table.render(style: style))
    }
}
