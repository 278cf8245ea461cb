import RatifyCore

/// What the depositary's words and letters mean: a header's label by its
/// leading words, a cell's letter by the depositary's usual legend. The
/// mapping is by words, not by whole headers, so that headers not seen yet
/// ("Provisional application under article 7(n)", "Acceptance of the
/// Protocol", "Participation(p)") are read by what they say.
enum UNTCVocabulary {
    struct Meaning: Equatable, Sendable {
        var kind: ActionKind
        /// A definitive signature both signs and binds.
        var alsoSigns = false
    }

    /// Leading words (folded) and what a label starting with them names;
    /// longer phrases come before the words they start with. A label
    /// naming anything provisional is a provisional application whatever
    /// its first words ("Undertaking of provisional application",
    /// "Provisional acceptance", "Notification of provisional application").
    static let phrases: [(words: [String], meaning: Meaning)] = [
        (["definitive", "signature"], Meaning(kind: .ratification, alsoSigns: true)),
        (["succession", "to", "signature"], Meaning(kind: .signature)),
        (["signature"], Meaning(kind: .signature)),
        // An international organization's equivalent of ratification (VCLT 1986, art. 2(1)(b bis)).
        (["formal", "confirmation"], Meaning(kind: .ratification)),
        // Of a signature ad referendum: the signature becomes definitive and binds.
        (["confirmation"], Meaning(kind: .consentToBeBound)),
        (["definitive", "acceptance"], Meaning(kind: .acceptance)),
        (["ratification"], Meaning(kind: .ratification)),
        (["acceptance"], Meaning(kind: .acceptance)),
        (["approval"], Meaning(kind: .approval)),
        (["accession"], Meaning(kind: .accession)),
        (["succession"], Meaning(kind: .succession)),
        (["consent"], Meaning(kind: .consentToBeBound)),
        (["participation"], Meaning(kind: .consentToBeBound)),
        (["simplified", "procedure"], Meaning(kind: .consentToBeBound)),
        (["application"], Meaning(kind: .application)),
        (["denunciation"], Meaning(kind: .denunciation)),
    ]

    /// Words that introduce what a label names without naming anything
    /// themselves: "Notification of succession", "Deposit of the
    /// instrument of ratification", "Date of signature".
    static let leadIns: Set<String> = ["notification", "instrument", "deposit", "date"]

    /// What a header's label names, or nil for words ratify has no action
    /// for ("Extension", "Resolution", "Notification under article 7").
    /// A withdrawal is a denunciation only when the label says no more:
    /// "Withdrawal of reservations" withdraws something else.
    static func meaning(of label: String) -> Meaning? {
        var words = ParticipantDirectory.fold(label).split(separator: " ")
        if words.contains(where: { $0 == "provisional" || $0 == "provisionally" }) { return Meaning(kind: .provisionalApplication) }
        if words == ["withdrawal"] || words == ["withdrawals"] { return Meaning(kind: .denunciation) }
        while true {
            for phrase in phrases where phrase.words.count <= words.count {
                // A plural ends the phrase as well: "Signatures", "Applications".
                let matches = zip(phrase.words, words).allSatisfy { $0 == $1 || $0 + "s" == $1 }
                if matches { return phrase.meaning }
            }
            // "Notification of ...", "Deposit of the instrument of ...": what follows says it.
            guard words.count > 2, leadIns.contains(String(words[0].hasSuffix("s") ? words[0].dropLast() : words[0])), words[1] == "of"
            else { return nil }
            words.removeFirst(words[2] == "the" ? 3 : 2)
        }
    }

    /// Whether a label says no more than its kind's name ("Ratification",
    /// "Provisional application"), so the record's note need not repeat it.
    static func isPlain(_ label: String, for meaning: Meaning) -> Bool {
        ParticipantDirectory.fold(label) == meaning.kind.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// The depositary's usual letters: what a letter means where the
    /// header does not say (no header, or a letter the header leaves out).
    static let letters: [String: (label: String, meaning: Meaning)] = [
        "": ("Ratification", Meaning(kind: .ratification)),
        "A": ("Acceptance", Meaning(kind: .acceptance)),
        "AA": ("Approval", Meaning(kind: .approval)),
        "a": ("Accession", Meaning(kind: .accession)),
        "d": ("Succession", Meaning(kind: .succession)),
        "c": ("Formal confirmation", Meaning(kind: .ratification)),
        "s": ("Definitive signature", Meaning(kind: .ratification, alsoSigns: true)),
        "n": ("Provisional application", Meaning(kind: .provisionalApplication)),
        "P": ("Consent to be bound", Meaning(kind: .consentToBeBound)),
        "p": ("Participation", Meaning(kind: .consentToBeBound)),
    ]

    /// The usual letters a column of this role may use without naming them:
    /// in a consent column any; in a Signature column none (a signature) and
    /// `d` (succession to a predecessor's signature); in any other column,
    /// none, and its own letter (`n` for provisional application).
    static func letter(_ suffix: String, in role: UNTCColumn.Role) -> (label: String, meaning: Meaning)? {
        switch role {
        case .consent:
            return letters[suffix]
        case .signature:
            guard suffix.isEmpty || suffix == "d" else { return nil }
            return (suffix.isEmpty ? "Signature" : "Succession to signature", Meaning(kind: .signature))
        case .other(let kind):
            if suffix.isEmpty { return (kind.rawValue, Meaning(kind: kind)) }
            guard let usual = letters[suffix], usual.meaning.kind == kind else { return nil }
            return usual
        case .skipped:
            return nil
        }
    }
}
