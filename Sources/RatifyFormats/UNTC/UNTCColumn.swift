import RatifyCore

/// One column of a status table besides the participant's: what its header
/// names, and so what its dated cells are.
struct UNTCColumn: Equatable, Sendable {
    enum Role: Equatable, Sendable {
        /// Signatures ("Signature", "Signature, Succession to signature(d)",
        /// "Signature ad referendum").
        case signature
        /// Instruments of consent, each cell's kind by its letter.
        case consent
        /// Another action of ratify's: provisional application, application,
        /// denunciation.
        case other(ActionKind)
        /// Nothing ratify records ("Extension", "Resolution", "Date of
        /// Adoption"): its cells are skipped, with one notice.
        case skipped
    }

    var index: Int
    /// As the header writes it (spaces normalized); empty without a header.
    var header: String
    var legend: UNTCLegend
    var role: Role

    /// A column with instruments of consent among its items is a consent
    /// column; otherwise its first item ratify knows says what it is.
    init(index: Int, header: String, legend: UNTCLegend) {
        self.index = index
        self.header = header
        self.legend = legend
        let known = legend.known.compactMap(\.meaning)
        if known.contains(where: \.kind.isConsent) {
            role = .consent
        } else if let first = known.first {
            role = first.kind == .signature ? .signature : .other(first.kind)
        } else {
            role = .skipped
        }
    }

    /// For messages: "the Signature column", "the consent column", "the column 'Provisional application(n)'".
    var name: String {
        switch role {
        case .signature where header.isEmpty || ParticipantDirectory.fold(header) == "signature": "the Signature column"
        case .consent where header.isEmpty: "the consent column"
        default: "the column '\(header)'"
        }
    }

    /// What one dated cell says: the action (and whether it also signs, and
    /// the depositary's words), or nil when neither the header nor the
    /// usual letters say what its letter means.
    func read(_ cell: UNTCDateCell) -> (meaning: UNTCVocabulary.Meaning, label: String?)? {
        legend.resolve(cell.suffix, role: role)
    }
}
