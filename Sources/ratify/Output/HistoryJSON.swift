import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct HistoryJSON: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, treaty, state, name, action, date, reference, note
        case inEffect = "in_effect"
        case supersedes, reason
        case supersededBy = "superseded_by"
        case voided
        case recordedAt = "recorded_at"
        case source, line
        case asRecordedByDepositary = "as_recorded_by_depositary"
    }

    var id: Int64, treaty: String, state: String, name: String, action: String, date: String
    @NullEncoded var reference: String?
    @NullEncoded var note: String?
    var inEffect: Bool
    @NullEncoded var supersedes: Int64?
    @NullEncoded var reason: String?
    @NullEncoded var supersededBy: Int64?
    @NullEncoded var voided: Voided?
    var recordedAt: String, source: String
    @NullEncoded var line: Int?
    /// The rules the action breaks as the depositary's table states it; empty for most.
    var asRecordedByDepositary: [Deviation]

    struct Deviation: Encodable { var rule: String, message: String }

    struct Voided: Encodable { var reason: String, at: String }

    init(_ entry: HistoryEntry, directory: ParticipantDirectory) {
        let a = entry.action
        id = a.id ?? 0
        treaty = entry.treaty
        state = a.participant
        name = directory[a.participant]?.name ?? a.participant
        action = a.kind.rawValue
        date = a.date.description
        reference = a.reference
        note = a.note
        inEffect = entry.inEffect
        supersedes = entry.supersedes
        reason = entry.reason
        supersededBy = entry.supersededBy
        voided = entry.voided.map { Voided(reason: $0.reason, at: $0.at) }
        recordedAt = entry.recordedAt
        source = a.provenance.source
        line = a.provenance.line
        asRecordedByDepositary = entry.deviations.map { Deviation(rule: $0.rule, message: $0.message) }
    }
}
