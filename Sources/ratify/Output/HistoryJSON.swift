import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
import RatifyReports
import RatifyStore

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
