import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyStore

/// The one place errors become an exit status and lines on stderr. Every
/// error of ratify's modules says its own status (`RatifyError`); what
/// ArgumentParser finds wrong with a command line is usage (64), reworded
/// in ratify's voice; anything else is a defect, reported as one (1).
enum ErrorReporting {
    static func report(_ error: any Error) -> (status: ExitStatus, lines: [String]) {
        switch error {
        case let error as ImportFailure:
            let count = error.problems.count
            return (error.exitStatus, error.summary + [refusal(count)])
        case let error as DepositaryConflicts:
            let count = error.lines.count
            return (error.exitStatus, error.lines + [refusal(count)])
        case let error as BrokenRules:
            let fromFile = error.isImport
            let trailer = fromFile ? [refusal(error.violations.count, of: "rule", "broken")] : []
            return (error.exitStatus, error.messages.map { fromFile ? $0 : "ratify: error: " + $0 } + trailer)
        case let error as StoreError where error.isAboutAFileRow:
            // Said as every other bad row of a file is: FILE:LINE first.
            return (error.exitStatus, [error.description, refusal(1)])
        case let error as any RatifyError:
            return (
                error.exitStatus,
                error.description.split(separator: "\n").enumerated().map {
                    $0.offset == 0 ? "ratify: error: \($0.element)" : String($0.element)
                }
            )
        default:
            return (
                .failure,
                ["ratify: unexpected error: \(error)", "ratify: this is a defect; please report it with the command that caused it"]
            )
        }
    }

    /// The last line of a refused import.
    static func refusal(_ count: Int, of noun: String = "problem", _ verb: String = "found") -> String {
        "ratify: error: import refused: \(count) \(noun)\(count == 1 ? "" : "s") \(verb); nothing was written"
    }

    /// Ends the run for any error: help and version requests (which
    /// ArgumentParser raises as errors) are printed by ArgumentParser, a
    /// command line it refused is usage (64) in ratify's voice, and the rest
    /// is reported by `report`.
    static func exit(with error: any Error) -> Never {
        if !(error is any RatifyError) {
            switch Ratify.exitCode(for: error) {
            case .success:
                guard let help = HelpWithExamples.text(for: error) else { Ratify.exit(withError: error) }
                Terminal.out(help)
                Foundation.exit(ExitStatus.success.rawValue)
            case .validationFailure: usage(error)
            default: break
            }
        }
        let (status, lines) = report(error)
        for line in lines { Terminal.err(line) }
        Foundation.exit(status.rawValue)
    }

    /// ArgumentParser's message and the command's usage, with
    /// "ratify: error:" where it writes "Error:".
    static func usage(_ error: any Error) -> Never {
        var lines = Ratify.fullMessage(for: error).split(separator: "\n").map(String.init)
        if let first = lines.first, first.hasPrefix("Error: ") { lines[0] = "ratify: error: " + first.dropFirst("Error: ".count) }
        if let suggestion = commandSuggestion(for: lines.first ?? "") { lines.insert(suggestion, at: 1) }
        for line in lines { Terminal.err(line) }
        Foundation.exit(ExitStatus.usage.rawValue)
    }

    /// "did you mean 'status'?" for an unexpected argument that is a
    /// command name mistyped (`ratify stauts`), at any level.
    static func commandSuggestion(for message: String) -> String? {
        guard let start = message.range(of: "Unexpected argument '"), message.hasSuffix("'") else { return nil }
        let typed = String(message[start.upperBound..<message.index(before: message.endIndex)])
        var names: Set<String> = []
        var queue: [any ParsableCommand.Type] = [Ratify.self]
        while let command = queue.popLast() {
            for sub in command.configuration.subcommands {
                names.insert(sub.configuration.commandName ?? "")
                queue.append(sub)
            }
        }
        let close = names.map { ($0, EditDistance.between(typed.lowercased(), $0)) }
            .filter { $0.1 > 0 && $0.1 <= max(1, typed.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best = close.first else { return nil }
        return "ratify: did you mean '\(best.0)'?"
    }
}
