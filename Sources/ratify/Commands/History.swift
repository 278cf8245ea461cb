import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
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
            table.rows.append(["#\(a.id ?? 0)", a.participant, a.kind.rawValue, a.date.description, a.reference ?? "",
                               entry.inEffect ? status : style.dim(status), entry.recordedAt, a.provenance.location])
        }
        Terminal.out(table.render(style: style))
    }
}

struct HistoryJSON: Encodable {
    var id: Int64, treaty: String, state: String, name: String, action: String, date: String
    @NullEncoded var reference: String?
    @NullEncoded var note: String?
    var in_effect: Bool
    @NullEncoded var supersedes: Int64?
    @NullEncoded var reason: String?
    @NullEncoded var superseded_by: Int64?
    @NullEncoded var voided: Voided?
    var recorded_at: String, source: String
    @NullEncoded var line: Int?

    struct Voided: Encodable { var reason: String, at: String }

    init(_ entry: HistoryEntry, directory: ParticipantDirectory) {
        let a = entry.action
        id = a.id ?? 0; treaty = entry.treaty; state = a.participant; name = directory[a.participant]?.name ?? a.participant
        action = a.kind.rawValue; date = a.date.description; reference = a.reference; note = a.note
        in_effect = entry.inEffect; supersedes = entry.supersedes; reason = entry.reason
        superseded_by = entry.supersededBy; voided = entry.voided.map { Voided(reason: $0.reason, at: $0.at) }
        recorded_at = entry.recordedAt; source = a.provenance.source; line = a.provenance.line
    }
}
