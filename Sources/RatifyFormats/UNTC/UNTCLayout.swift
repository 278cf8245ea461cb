import RatifyCore

/// Where the columns are and what the suffixes mean, as a header row names
/// them; without a header, Participant, Signature, consent and the standard
/// legend.
struct UNTCLayout: Equatable, Sendable {
    var columnCount: Int
    var participant: Int
    var signature: Int?
    var consent: Int?
    /// The consent column's legend, completed with the standard suffixes it does not name.
    var legend: UNTCLegend
    /// Suffixes the Signature column's header allows ("Signature, Succession
    /// to signature(d)"); such a cell is still a signature.
    var signatureSuffixes: Set<String>

    static let standard = UNTCLayout(
        columnCount: 3, participant: 0, signature: 1, consent: 2,
        legend: .standard, signatureSuffixes: [])

    var columnNames: String {
        var names = Array(repeating: "(ignored)", count: columnCount)
        names[participant] = "Participant"
        if let signature { names[signature] = "Signature" }
        if let consent { names[consent] = "consent" }
        return names.joined(separator: ", ")
    }

    /// The layout a header row names, with any problem in it; nil when the
    /// row is not a header. A header has a cell "Participant" and a
    /// "Signature" cell or a consent cell naming instrument kinds; the
    /// columns may come in any order, and other columns are ignored.
    static func header(_ cells: [String]) -> (layout: UNTCLayout, problems: [String])? {
        let folded = cells.map { ParticipantDirectory.fold(UNTCText.withoutFootnotes($0)) }
        guard let participant = folded.firstIndex(where: { $0 == "participant" || $0 == "participants" }) else { return nil }
        var signature: Int?
        var signatureSuffixes: Set<String> = []
        for (index, cell) in cells.enumerated() where index != participant {
            let pieces = cell.split(separator: ",")
            guard let first = pieces.first,
                ["signature", "signatures"].contains(ParticipantDirectory.fold(UNTCText.withoutFootnotes(String(first))))
            else { continue }
            signature = index
            for piece in pieces.dropFirst() {
                let suffix = UNTCLegend.split(String(piece)).suffix
                if !suffix.isEmpty { signatureSuffixes.insert(suffix) }
            }
            break
        }
        var consent: Int?
        var legend = UNTCLegend.standard
        var problems: [String] = []
        for (index, cell) in cells.enumerated() where index != participant && index != signature {
            guard let parsed = UNTCLegend.parse(header: cell) else { continue }
            consent = index
            legend = parsed.legend.completed()
            if !parsed.unknown.isEmpty {
                let names = parsed.unknown.map { "'\($0)'" }.joined(separator: ", ")
                problems.append(
                    "the consent column's header names \(names), which is not a kind of instrument this reader knows (ratification, acceptance, approval, accession, succession, formal confirmation, definitive signature): correct the header, or delete the header line to read the columns as Participant, Signature, consent with the standard legend"
                )
            }
            break
        }
        guard signature != nil || consent != nil else { return nil }
        if consent == nil, let other = cells.indices.first(where: { $0 != participant && $0 != signature && !cells[$0].isEmpty }) {
            problems.append(
                "the header's column '\(cells[other])' names no kind of instrument, so the consent dates could not be read: name the instrument kinds and their suffixes as the depositary does, e.g. 'Ratification, Accession(a), Acceptance(A), Approval(AA)', or delete the header line to read the columns as Participant, Signature, consent"
            )
        }
        let lastNamed = [participant, signature ?? 0, consent ?? 0].max()!
        let lastNonEmpty = cells.lastIndex { !$0.isEmpty } ?? 0
        return (
            UNTCLayout(
                columnCount: max(lastNamed, lastNonEmpty) + 1, participant: participant, signature: signature,
                consent: consent, legend: legend, signatureSuffixes: signatureSuffixes), problems
        )
    }
}
