import RatifyCore

/// What one column's header names, each with the letter that marks it after
/// a date ("Acceptance(A), Ratification, Approval(AA), Accession(a)": no
/// letter is ratification).
struct UNTCLegend: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        var suffix: String
        /// As the header writes it: "Acceptance", "Participation under articles 3 (2) and (3)".
        var label: String
        /// Nil when neither the words nor the letter name anything ratify records.
        var meaning: UNTCVocabulary.Meaning?
    }

    var items: [Item]

    /// The depositary's usual legend of a consent column: what a table
    /// without a header is read with.
    static let standard = UNTCLegend(
        items: ["", "A", "AA", "a", "d", "c", "s"].map {
            Item(suffix: $0, label: UNTCVocabulary.letters[$0]!.label, meaning: UNTCVocabulary.letters[$0]!.meaning)
        })

    static let signature = UNTCLegend(items: [Item(suffix: "", label: "Signature", meaning: .init(kind: .signature))])

    var known: [Item] { items.filter { $0.meaning != nil } }
    var unknown: [Item] { items.filter { $0.meaning == nil } }

    /// `Ratification (no suffix), Acceptance (A), ...`
    var summary: String {
        items.map { "\($0.label) (\($0.suffix.isEmpty ? "no suffix" : $0.suffix))" }.joined(separator: ", ")
    }

    /// One item of a header cell: `Acceptance(A)` → ("Acceptance", "A");
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

    /// Reads a column's header: its items, split at commas. A piece that
    /// starts in lower case and whose words name nothing continues the item
    /// before it ("Acceptance ipso facto ... of 12 September 1923, as
    /// amended(A)" is one item). A footnote number glued to an item
    /// ("Ratification2", "Accession(a)3") is dropped. An item whose words
    /// name nothing takes the meaning of its letter where the depositary's
    /// usual legend has one ("Notification ...(d)").
    static func parse(header: String) -> UNTCLegend {
        var pieces: [String] = []
        for piece in header.split(separator: ",") {
            let text = withoutGluedFootnote(String(piece.untcTrimmed))
            // A lone number is a footnote's: "Ratification2,3".
            guard let first = text.first, !text.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            if first.isLowercase, UNTCVocabulary.meaning(of: split(text).label) == nil, let last = pieces.indices.last {
                pieces[last] += ", " + text
            } else {
                pieces.append(text)
            }
        }
        return UNTCLegend(
            items: pieces.map { piece in
                let (label, suffix) = split(piece)
                let letter = suffix.isEmpty ? nil : UNTCVocabulary.letters[suffix]?.meaning
                return Item(suffix: suffix, label: label, meaning: UNTCVocabulary.meaning(of: label) ?? letter)
            })
    }

    /// `Ratification2` → `Ratification`, `Accession(a)3` → `Accession(a)`;
    /// digits after a space are words ("in accordance with article 31").
    static func withoutGluedFootnote(_ text: String) -> String {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < text.count else { return text }
        let before = text[text.index(text.endIndex, offsetBy: -digits - 1)]
        return before.isLetter || before == ")" ? String(text.dropLast(digits)) : text
    }

    /// What a cell's letter means in this column: the header's items with
    /// that letter; several with different meanings that are all
    /// instruments (the older Protocols list four kinds without a letter)
    /// make an unnamed instrument of consent; failing the header, the
    /// depositary's usual letter for a column of this role. Nil when
    /// nothing says.
    func resolve(_ suffix: String, role: UNTCColumn.Role) -> (meaning: UNTCVocabulary.Meaning, label: String?)? {
        let named = items.filter { $0.suffix == suffix }
        let meanings = named.compactMap(\.meaning).reduce(into: [UNTCVocabulary.Meaning]()) { if !$0.contains($1) { $0.append($1) } }
        if meanings.count == 1 {
            let labels = named.filter { $0.meaning != nil }.map(\.label)
            let plain = labels.count == 1 && UNTCVocabulary.isPlain(labels[0], for: meanings[0])
            return (meanings[0], plain ? nil : labels.joined(separator: " or "))
        }
        if meanings.count > 1 {
            guard meanings.allSatisfy(\.kind.isConsent) else { return nil }
            return (.init(kind: .consentToBeBound), "one of: " + named.map(\.label).joined(separator: ", "))
        }
        guard named.isEmpty, let usual = UNTCVocabulary.letter(suffix, in: role) else { return nil }
        return (usual.meaning, UNTCVocabulary.isPlain(usual.label, for: usual.meaning) ? nil : usual.label)
    }
}
