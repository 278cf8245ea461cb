import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats

/// The one place errors become an exit status and lines on stderr. Every
/// error of ratify's modules says its own status (`RatifyError`); what
/// ArgumentParser finds wrong with a command line is usage (64), reworded
/// in ratify's voice; anything else is a defect, reported as one (1).
enum ErrorReporting {
    static func report(_ error: any Error) -> (status: ExitStatus, lines: [String]) {
        switch error {
        case let error as ImportFailure:
            let count = error.problems.count
            return (
                error.exitStatus,
                error.problems.map(\.description)
                    + ["ratify: import refused: \(count) problem\(count == 1 ? "" : "s") found; nothing was written"]
            )
        case let error as DepositaryConflicts:
            let count = error.lines.count
            return (
                error.exitStatus,
                error.lines
                    + ["ratify: import refused: \(count) problem\(count == 1 ? "" : "s") found; nothing was written"]
            )
        case let error as BrokenRules:
            let fromFile = error.isImport
            let trailer =
                fromFile
                ? [
                    "ratify: import refused: \(error.violations.count) rule\(error.violations.count == 1 ? "" : "s") broken; nothing was written"
                ] : []
            return (error.exitStatus, error.messages.map { fromFile ? $0 : "ratify: error: " + $0 } + trailer)
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

    /// Ends the run for any error: help and version requests (which
    /// ArgumentParser raises as errors) are printed by ArgumentParser, a
    /// command line it refused is usage (64) in ratify's voice, and the rest
    /// is reported by `report`.
    static func exit(with error: any Error) -> Never {
        if !(error is any RatifyError) {
            switch Ratify.exitCode(for: error) {
            case .success: Ratify.exit(withError: error)
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
        for line in lines { Terminal.err(line) }
        Foundation.exit(ExitStatus.usage.rawValue)
    }
}
