import Foundation
import RatifyCore

/// The language of the human-readable outputs: `status`, and the report as
/// text, Markdown and HTML (`--lang`). JSON never changes with it. Every
/// word comes from one `ReportStrings` per language; participants are named
/// in the language by the reference data (`Participant.localizedName`).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case vietnamese = "vi"

    /// The language a POSIX locale name (`vi_VN.UTF-8`, `vi`, `en_GB`) or a
    /// BCP 47 tag (`vi-VN`) names, when ratify has it; nil otherwise (and
    /// for `C` and `POSIX`). Case does not matter (`VI`, `vi-VN`, `Vi_vn`):
    /// `--lang` reads its value this way too.
    public init?(localeName: String) {
        let language = localeName.prefix { $0.isLetter }
        // What follows the language is a region, a codeset or a modifier, never more letters or digits ("vi2").
        guard language.endIndex == localeName.endIndex || "_-.@".contains(localeName[language.endIndex]),
            let known = ReportLanguage(rawValue: language.lowercased())
        else { return nil }
        self = known
    }

    /// Where the words go: plain text and Markdown, or the HTML page. Only
    /// English differs: ISO dates (2026-07-01) in text, as `history` and
    /// every input write them; "1 Jul 2026" in the page's tables and
    /// "1 July 2026" in its sentences. Vietnamese writes 01/07/2026 in tables
    /// and "ngày 1 tháng 7 năm 2026" in sentences everywhere.
    enum Medium: Sendable { case text, page }

    func strings(_ medium: Medium) -> any ReportStrings {
        switch self {
        case .english: EnglishStrings(isoDates: medium == .text)
        case .vietnamese: VietnameseStrings()
        }
    }

    var participantLanguage: Participant.Language {
        switch self {
        case .english: .english
        case .vietnamese: .vietnamese
        }
    }

    /// A participant's name in this language: the reference data's, else
    /// `fallback` (the name the record gives, for a code the directory lacks).
    func name(of code: String, fallback: String? = nil, directory: ParticipantDirectory) -> String {
        directory[code]?.localizedName(participantLanguage) ?? fallback ?? code
    }

    /// Participants in a reader's order: by name in this language (its
    /// collation: Vietnamese puts "Đ" after "D", "Ư" after "U"), then code.
    func sortedByName<T>(_ items: [T], name: (T) -> String, code: (T) -> String) -> [T] {
        let keyed = items.map { (item: $0, name: name($0), code: code($0)) }
        switch self {
        case .english:
            // The directory's folding (case, accents and punctuation ignored), as the page always sorted.
            return keyed.map { ($0.item, ParticipantDirectory.fold($0.name), $0.code) }.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map(\.0)
        case .vietnamese:
            // Foundation's collation (ICU's Vietnamese rules) rather than a hand-written alphabet.
            let locale = Locale(identifier: "vi")
            return keyed.sorted { a, b in
                switch a.name.compare(b.name, options: [.caseInsensitive], range: nil, locale: locale) {
                case .orderedAscending: true
                case .orderedDescending: false
                case .orderedSame: a.code < b.code
                }
            }.map(\.item)
        }
    }
}
