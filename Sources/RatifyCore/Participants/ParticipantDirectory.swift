import Foundation

/// Finds participants by code, depositary name or alias, ignoring case,
/// accents and punctuation ("cote d'ivoire" finds "Côte d'Ivoire").
public struct ParticipantDirectory: Sendable {
    public let participants: [Participant]
    private let byCode: [String: Participant]
    private let byFoldedName: [String: Participant]
    /// Names that mean several participants, folded: a lookup lists them.
    private let ambiguous: [String: [String]]

    /// `ambiguousNames`: names that must not resolve to one participant
    /// ("Korea"); a lookup lists their candidates instead.
    public init(_ participants: [Participant], ambiguousNames: [(name: String, codes: [String])] = []) {
        self.participants = participants
        ambiguous = Dictionary(ambiguousNames.map { (Self.fold($0.name), $0.codes) }, uniquingKeysWith: { a, _ in a })
        var byCode: [String: Participant] = [:]
        var byFoldedName: [String: Participant] = [:]
        for participant in participants {
            byCode[participant.code] = participant
            for name in [participant.name] + participant.aliases {
                byFoldedName[Self.fold(name)] = participant
            }
        }
        self.byCode = byCode
        self.byFoldedName = byFoldedName
    }

    /// The built-in reference data.
    public static let builtIn = ParticipantDirectory(ReferenceData.participants, ambiguousNames: ReferenceData.ambiguousNames)

    public subscript(code: String) -> Participant? { byCode[code] }

    /// Resolves a code or name; the error names the closest known names.
    public func lookup(_ text: String) throws(UnknownParticipant) -> Participant {
        if let participant = byCode[text] { return participant }  // the common case: an exact code
        let trimmed = String(text.trimmingSpaces)
        if trimmed.count == 3, let participant = byCode[trimmed.uppercased()] { return participant }
        let folded = Self.fold(trimmed)
        if let participant = byFoldedName[folded] { return participant }
        if let codes = ambiguous[folded] {
            throw UnknownParticipant(
                text: text, suggestions: codes.compactMap { byCode[$0].map { "\($0.name) (\($0.code))" } }, ambiguous: true)
        }
        throw UnknownParticipant(text: text, suggestions: suggestions(for: trimmed))
    }

    /// Up to three depositary names closest to `text` by edit distance over
    /// folded names and aliases; codes count too.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let folded = Self.fold(text)
        // Edit distance is quadratic: a name past 100 characters is no typo.
        guard !folded.isEmpty, folded.count <= 100 else { return [] }
        var best: [String: Int] = [:]
        for participant in participants {
            let candidates =
                [participant.code.lowercased(), Self.fold(participant.name)]
                + participant.aliases.map(Self.fold)
            var score = Int.max
            for candidate in candidates {
                var distance = EditDistance.between(folded, candidate)
                // A typed prefix ("united") is closer than its edit distance says.
                if candidate.hasPrefix(folded) || folded.hasPrefix(candidate) { distance = min(distance, 2) }
                score = min(score, distance)
            }
            best[participant.name] = score
        }
        let cutoff = max(2, folded.count / 2)
        return best.filter { $0.value <= cutoff }
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).map(\.key)
    }

    /// Lowercase, accents and punctuation removed, runs of spaces collapsed.
    /// Foundation's folding does the Unicode work (decomposition, case).
    public static func fold(_ text: String) -> String {
        // Most names are ASCII: folding them needs no Unicode tables, and the
        // directory folds every name and alias at start-up (scripts/bench).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
        return foldWithFoundation(text)
    }

    static func foldWithFoundation(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "&", with: " and ").folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace || "-(),/&".unicodeScalars.contains(scalar) {
                pendingSpace = true
            }
            // Other punctuation (apostrophes, dots) is dropped without a space: "d'Ivoire" ~ "dIvoire".
        }
        return out
    }

    /// `fold` for ASCII text: the same result without Foundation.
    static func foldASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func word(_ bytes: some Sequence<UInt8>) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: bytes)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word(CollectionOfOne(byte + 32))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word(CollectionOfOne(byte))
            case UInt8(ascii: "&"):
                pendingSpace = true
                word(Array("and".utf8))
                pendingSpace = true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: ","), UInt8(ascii: "/"):
                pendingSpace = true
            default:
                break  // apostrophes, dots: dropped without a space, as in `fold`
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
