/// What a repeated action adds to the recorded one: the same participant,
/// action and date, with a reference or a note the record does not hold.
/// Such a repeat is recorded as a correction, with the reason; an empty
/// reference or note in the repeat adds nothing (it is not a removal:
/// `ratify correct --ref ''` removes).
public enum ActionDetails {
    /// The recorded action with the repeat's new reference and note, or nil
    /// when the repeat adds nothing.
    public static func update(_ recorded: ActionRecord, with repeated: ActionRecord) -> ActionRecord? {
        let reference = repeated.reference.flatMap { $0.isEmpty || $0 == recorded.reference ? nil : $0 }
        let note = repeated.note.flatMap { $0.isEmpty || $0 == recorded.note ? nil : $0 }
        guard reference != nil || note != nil else { return nil }
        var updated = recorded
        updated.id = nil
        updated.reference = reference ?? recorded.reference
        updated.note = note ?? recorded.note
        updated.provenance = repeated.provenance
        return updated
    }

    /// Why: "FILE:LINE gives the reference C.N.101.2026" (or the note).
    public static func reason(recorded: ActionRecord, updated: ActionRecord) -> String {
        var what: [String] = []
        if updated.reference != recorded.reference {
            what.append(
                recorded.reference == nil ? "the reference \(updated.reference ?? "")" : "a new reference, \(updated.reference ?? "")")
        }
        if updated.note != recorded.note { what.append(recorded.note == nil ? "a note" : "a new note") }
        let source = updated.provenance == .commandLine ? "'ratify record'" : updated.provenance.location
        return "\(source) gives \(what.joined(separator: " and "))"
    }
}
