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
    /// The Signature cell's date; for a definitive signature (`s`) with an
    /// empty Signature cell, the consent date.
    public var signature: CivilDate?
    public var consent: Consent?

    /// The instrument in the consent column.
    public struct Consent: Equatable, Sendable {
        /// Mapped from the suffix through the header's legend (else the
        /// standard one): none = ratification, `A` = acceptance, `AA` =
        /// approval, `a` = accession, `d` = succession.
        ///
        /// Two suffixes have no action of their own and map to
        /// `.ratification`:
        /// - `c`, formal confirmation: an international organization's
        ///   equivalent of ratification (VCLT 1986, art. 2(1)(b bis)).
        /// - `s`, definitive signature: a signature not subject to
        ///   ratification both signs and binds, so it counts as a
        ///   ratification, and when the Signature cell is empty the entry's
        ///   `signature` is set to the same date.
        ///
        /// `suffix` keeps the letter, so a caller can tell them apart.
        public var kind: ActionKind
        public var date: CivilDate
        /// `""`, `"A"`, `"AA"`, `"a"`, `"d"`, `"c"` or `"s"` (case-sensitive).
        public var suffix: String

        public init(kind: ActionKind, date: CivilDate, suffix: String) {
            self.kind = kind
            self.date = date
            self.suffix = suffix
        }
    }

    public init(line: Int, writtenName: String, participant: Participant, signature: CivilDate?, consent: Consent?) {
        self.line = line
        self.writtenName = writtenName
        self.participant = participant
        self.signature = signature
        self.consent = consent
    }
}
