/// What the depositary's status table says of one participant: one row of
/// it, read by a format (RatifyFormats' UNTC reader) and compared with the
/// record by `DepositaryDiff`.
public struct DepositaryEntry: Equatable, Sendable {
    /// 1-based line in the input where the row starts.
    public var line: Int
    /// The name as written, footnote digits and superscripts removed, runs
    /// of spaces (non-breaking ones too) made one space.
    public var writtenName: String
    public var participant: Participant
    /// Every dated cell of the row that maps to an action: signatures first,
    /// then the other columns' in the table's order.
    public var facts: [Fact]

    /// One dated cell, as an action.
    public struct Fact: Equatable, Sendable {
        /// Mapped from the column and the suffix through the header's legend
        /// (else the depositary's usual letters): none = ratification, `A` =
        /// acceptance, `AA` = approval, `a` = accession, `d` = succession,
        /// `n` = provisional application, `P` = consent to be bound.
        ///
        /// Two letters have no action of their own and map to
        /// `.ratification`:
        /// - `c`, formal confirmation: an international organization's
        ///   equivalent of ratification (VCLT 1986, art. 2(1)(b bis)).
        /// - `s`, definitive signature: a signature not subject to
        ///   ratification both signs and binds, so it counts as a
        ///   ratification, and when the row has no signature of its own a
        ///   signature fact on the same date comes with it.
        public var kind: ActionKind
        public var date: CivilDate
        /// The letter after the date (case-sensitive), `""` for none.
        public var suffix: String
        /// The depositary's words for it when they say more than the kind's
        /// name ("Formal confirmation", "Participation under articles 3 (2)
        /// and (3)"): kept in the record's note. Nil otherwise.
        public var label: String?

        public init(kind: ActionKind, date: CivilDate, suffix: String = "", label: String? = nil) {
            self.kind = kind
            self.date = date
            self.suffix = suffix
            self.label = label
        }
    }

    /// The first instrument of consent: kind, date and letter.
    public struct Consent: Equatable, Sendable {
        public var kind: ActionKind
        public var date: CivilDate
        /// `""`, `"A"`, `"AA"`, `"a"`, `"d"`, `"c"`, `"s"`, `"P"`... (case-sensitive).
        public var suffix: String

        public init(kind: ActionKind, date: CivilDate, suffix: String) {
            self.kind = kind
            self.date = date
            self.suffix = suffix
        }
    }

    /// The first signature's date (a definitive signature's, when the row has no other).
    public var signature: CivilDate? { facts.first { $0.kind == .signature }?.date }

    /// The first instrument of consent.
    public var consent: Consent? {
        facts.first { $0.kind.isConsent }.map { Consent(kind: $0.kind, date: $0.date, suffix: $0.suffix) }
    }

    public init(line: Int, writtenName: String, participant: Participant, facts: [Fact]) {
        self.line = line
        self.writtenName = writtenName
        self.participant = participant
        self.facts = facts
    }

    /// A row of the usual three columns: a signature and an instrument read
    /// by the standard legend (`c` and `s` labelled as the reader labels them).
    public init(line: Int, writtenName: String, participant: Participant, signature: CivilDate?, consent: Consent?) {
        var facts: [Fact] = []
        if let signature { facts.append(Fact(kind: .signature, date: signature)) }
        if let consent {
            let label = ["c": "Formal confirmation", "s": "Definitive signature"][consent.suffix]
            facts.append(Fact(kind: consent.kind, date: consent.date, suffix: consent.suffix, label: label))
        }
        self.init(line: line, writtenName: writtenName, participant: participant, facts: facts)
    }
}
