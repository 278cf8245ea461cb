/// What a repeated action adds to the recorded one: the same participant,
/// action and date, with a reference or a note the record does not hold.
/// Such a repeat is recorded as a correction, with the reason; an empty
/// reference or note in the repeat adds nothing (it is not a removal:
/// `ratify correct --ref ''` removes). A repeat whose reference or note
/// differs from one recorded is a `Difference`: the caller refuses it, so
/// that two sources never overwrite each other in turn.
public enum ActionDetails {
    /// A reference or note the repeat gives other than the recorded one.
    public struct Difference: Equatable, Sendable {
        /// "reference" or "note".
        public var field: String
        public var recorded: String
        public var given: String
    }

    /// The first field the repeat gives differently from the record, if any.
    public static func difference(_ recorded: ActionRecord, _ repeated: ActionRecord) -> Difference? {
        for (field, old, new) in [("reference", recorded.reference, repeated.reference), ("note", recorded.note, repeated.note)] {
            if let old, let new, !old.isEmpty, !new.isEmpty, old != new {
                return Difference(field: field, recorded: old, given: new)
            }
        }
        return nil
    }

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
        let referenceGiven = updated.reference != recorded.reference
        return CorrectionReason.givenAgain(
            source: updated.provenance == .commandLine ? .commandLine : .file(updated.provenance.location),
            reference: referenceGiven ? updated.reference ?? "" : nil, newReference: referenceGiven && recorded.reference != nil,
            note: updated.note != recorded.note, newNote: recorded.note != nil
        ).description
    }
}
