import ArgumentParser
import Foundation
import RatifyCore
import RatifyStore

/// Shell completion for the values ratify takes, beyond what
/// ArgumentParser derives by itself (the `--format` enums complete from
/// their cases already). The generated bash, zsh and fish scripts call the
/// binary back for the `custom` kinds, so treaty ids come from the database
/// the command line names, at the moment of the TAB.
enum Completions {
    /// ACTION of `record`, `correct --action`.
    static let actionKinds = CompletionKind.list(ActionKind.byRank.map(\.rawValue))

    /// `alert config --enable/--disable`.
    static let alertKinds = CompletionKind.list(AlertKind.allCases.map(\.rawValue))

    /// STATE of `record` and `history`: ISO codes (names have spaces and
    /// accents, which make poor TAB material; codes are what scripts use).
    static let participants = CompletionKind.custom { _, _, prefix in participantCodes(matching: prefix) }

    /// `--treaty`, and the id of `treaty show`: the database's treaties.
    static let treaties = CompletionKind.custom { words, _, _ in treatyIDs(words: words) }

    /// `--db`, FILE arguments and `--output`: any file (a database or an
    /// import need not carry a particular extension).
    static let files = CompletionKind.file()

    /// Treaty definitions for `treaty add`.
    static let definitions = CompletionKind.file(extensions: ["json"])

    /// Codes starting with `prefix`, in any case: `fr` offers FRA, as the
    /// commands take codes in any case. The shell filters the candidates by
    /// what was typed, so the prefix's own case is kept.
    static func participantCodes(matching prefix: String) -> [String] {
        let upper = prefix.uppercased()
        let codes = ReferenceData.participants.map(\.code).filter { $0.hasPrefix(upper) }
        return prefix == upper ? codes : codes.map { prefix + $0.dropFirst(prefix.count).lowercased() }
    }

    /// The treaty ids of the database the command line names, found as
    /// every command finds it; none when that database cannot be read.
    static func treatyIDs(words: [String]) -> [String] {
        Store.treatyIDsForCompletion(at: databasePath(words: words))
    }

    /// `--db PATH` or `--db=PATH` from the words of the command line, else
    /// `$RATIFY_DB`, else the default (DatabaseOptions resolves it).
    static func databasePath(words: [String]) -> String {
        var given: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { given = words[index + 1] }
            if word.hasPrefix("--db=") { given = String(word.dropFirst("--db=".count)) }
        }
        let path = given.map { shellWord($0, home: ProcessInfo.processInfo.environment["HOME"]) }
        let options = try? DatabaseOptions.parse(path.map { ["--db", $0] } ?? [])
        return options?.resolvedPath ?? path ?? ""
    }

    /// A shell word as the shell would pass it on, for the common cases:
    /// the completion scripts hand words over verbatim, quotes, backslashes
    /// and a leading `~` included. (Not a shell parser: a path with `$VAR`
    /// or a command substitution completes nothing.)
    static func shellWord(_ word: String, home: String?) -> String {
        var text = word
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            text = String(text.dropFirst().dropLast())
        } else {
            var unescaped = ""
            var escaping = false
            for character in text {
                if !escaping && character == "\\" {
                    escaping = true
                    continue
                }
                escaping = false
                unescaped.append(character)
            }
            text = unescaped
        }
        if let home, text == "~" || text.hasPrefix("~/") { text = home + text.dropFirst() }
        return text
    }
}
