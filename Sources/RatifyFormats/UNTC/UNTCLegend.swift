import RatifyCore

/// The instrument kinds a consent column's header names, each with the
/// suffix that marks it after the deposit date ("Acceptance(A),
/// Ratification, Approval(AA), Accession(a)": no suffix is ratification).
struct UNTCLegend: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        var suffix: String
        var label: String
        var kind: ActionKind
        /// A definitive signature both signs and binds.
        var alsoSigns: Bool
    }

    var items: [Item]

    /// Instrument labels this reader knows, folded, with their meaning.
    /// Formal confirmation is an international organization's equivalent of
    /// ratification (VCLT 1986 art. 2(1)(b bis)); a definitive signature is
    /// a signature not subject to ratification, so it is recorded as a
    /// ratification together with a signature on the same date.
    static let knownLabels: [String: (kind: ActionKind, alsoSigns: Bool)] = [
        "ratification": (.ratification, false),
        "acceptance": (.acceptance, false),
        "approval": (.approval, false),
        "accession": (.accession, false),
        "succession": (.succession, false),
        "formal confirmation": (.ratification, false),
        "definitive signature": (.ratification, true),
    ]

    /// The depositary's usual legend, used without a header and for any
    /// suffix a header does not name.
    static let standard = UNTCLegend(items: [
        Item(suffix: "", label: "Ratification", kind: .ratification, alsoSigns: false),
        Item(suffix: "A", label: "Acceptance", kind: .acceptance, alsoSigns: false),
        Item(suffix: "AA", label: "Approval", kind: .approval, alsoSigns: false),
        Item(suffix: "a", label: "Accession", kind: .accession, alsoSigns: false),
        Item(suffix: "d", label: "Succession", kind: .succession, alsoSigns: false),
        Item(suffix: "c", label: "Formal confirmation", kind: .ratification, alsoSigns: false),
        Item(suffix: "s", label: "Definitive signature", kind: .ratification, alsoSigns: true),
    ])

    /// Suffixes are compared exactly: `a` is accession, `A` acceptance.
    func item(for suffix: String) -> Item? { items.first { $0.suffix == suffix } }

    /// This legend, then the standard items whose suffix it does not name.
    func completed() -> UNTCLegend {
        UNTCLegend(items: items + UNTCLegend.standard.items.filter { item(for: $0.suffix) == nil })
    }

    /// `Ratification (no suffix), Acceptance (A), ...`
    var summary: String {
        items.map { "\($0.label) (\($0.suffix.isEmpty ? "no suffix" : $0.suffix))" }.joined(separator: ", ")
    }

    /// One piece of a header cell: `Acceptance(A)` → ("Acceptance", "A");
    /// `Ratification` → ("Ratification", "").
    static func split(_ piece: String) -> (label: String, suffix: String) {
        let text = String(piece.untcTrimmed)
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, "") }
        let suffix = text[text.index(after: open)..<text.index(before: text.endIndex)].untcTrimmed
        let label = text[..<open].untcTrimmed
        // "Netherlands (Kingdom of the)"-like labels are not suffixes: a suffix is 1–3 letters.
        guard (1...3).contains(suffix.count), suffix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return (text, "") }
        return (String(label), String(suffix))
    }

    /// Reads a consent column's header. Returns nil when the cell names no
    /// instrument kind at all (it is not a consent column); `unknown` lists
    /// the pieces that look like legend items but name no known kind.
    static func parse(header: String) -> (legend: UNTCLegend, unknown: [String])? {
        var items: [Item] = []
        var unknown: [String] = []
        for piece in header.split(separator: ",") {
            var (label, suffix) = split(String(piece))
            guard !label.isEmpty else { continue }
            if knownLabels[ParticipantDirectory.fold(label)] == nil {
                // A footnote number after the item: "Accession(a)3".
                let bare = UNTCText.withoutFootnotes(String(piece))
                if !bare.isEmpty { (label, suffix) = split(bare) }
            }
            if let known = knownLabels[ParticipantDirectory.fold(label)] {
                items.append(Item(suffix: suffix, label: label, kind: known.kind, alsoSigns: known.alsoSigns))
            } else {
                unknown.append(String(piece.untcTrimmed))
            }
        }
        return items.isEmpty ? nil : (UNTCLegend(items: items), unknown)
    }
}
