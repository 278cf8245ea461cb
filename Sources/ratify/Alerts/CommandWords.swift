import Foundation
import RatifyStore

/// Splits a command line into words: spaces separate, single and double
/// quotes group, a backslash escapes the next character. Hand-written
/// because the point is to avoid a shell, and Foundation has no word splitter;
/// nothing is expanded (no variables, globs or substitutions).
enum CommandWords {
    struct Unbalanced: Error, CustomStringConvertible { var description = "--exec has an unclosed quote (or ends in a backslash)" }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped {
                current.append(c)
                escaped = false
                inWord = true
                continue
            }
            if c == "\\" && quote != "'" {
                escaped = true
                continue
            }
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
                inWord = true
                continue
            }
            if c == " " || c == "\t" {
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
                continue
            }
            current.append(c)
            inWord = true
        }
        if quote != nil || escaped { throw Unbalanced() }
        if inWord { words.append(current) }
        return words
    }
}
