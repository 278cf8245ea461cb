import Foundation
import RatifyCore

/// `d("2026-06-01")`: a date from a literal known to be valid.
func d(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

func act(_ participant: String, _ kind: ActionKind, _ date: String, id: Int64? = nil, line: Int? = nil) -> ActionRecord {
    ActionRecord(id: id, participant: participant, kind: kind, date: d(date), provenance: Provenance(source: "test", line: line))
}

func definition(_ json: String) -> TreatyDefinition { try! TreatyDefinition.parse(Data(json.utf8)) }

/// The first `n` State codes of the reference data (no organization, territory or former State).
func states(_ n: Int, skipping skip: Int = 0) -> [String] {
    Array(ParticipantDirectory.builtIn.participants.filter { $0.kind == .state }.map(\.code).dropFirst(skip).prefix(n))
}

/// `n` accessions on the given dates (cycled), one per State.
func accessions(_ codes: [String], on dates: [String]) -> [ActionRecord] {
    codes.enumerated().map { act($1, .accession, dates[$0 % dates.count]) }
}
