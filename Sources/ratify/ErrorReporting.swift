import ArgumentParser
import Foundation
import RatifyFormats
import RatifyCore
import RatifyReports
import RatifyStore

/// The exit codes of CONTRACT.md, and the one place errors map onto them.
enum ExitStatus: Int32 {
    case success = 0
    case failure = 1
    case usage = 64
    case badData = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    case temporary = 75
    case newerVersion = 78
}

/// An input file that cannot be read.
struct InputFileError: Error, CustomStringConvertible {
    enum Kind { case missing, unreadable }
    var kind: Kind
    var description: String
}

/// An alert whose delivery failed; it stays pending (exit 75).
struct DeliveryFailure: Error, CustomStringConvertible {
    var description: String
}

enum ErrorReporting {
    /// The exit status and the lines for stderr for the errors of ratify's
    /// own modules; nil for the rest, which ArgumentParser reports (usage
    /// errors: 64, help: 0, anything else: 1).
    static func report(_ error: any Error) -> (ExitStatus, [String])? {
        switch error {
        case let error as ImportFailure:
            let count = error.problems.count
            return (.badData, error.problems.map(\.description)
                + ["ratify: import refused: \(count) problem\(count == 1 ? "" : "s") found; nothing was written"])
        case let error as ValidationFailure:
            let fromFile = error.violations.contains { $0.action.provenance.line != nil }
            let trailer = fromFile ? ["ratify: import refused: \(error.violations.count) rule\(error.violations.count == 1 ? "" : "s") broken; nothing was written"] : []
            return (.badData, error.messages.map { fromFile ? $0 : "ratify: error: " + $0 } + trailer)
        case let error as DateError: return (.badData, ["ratify: error: \(error)"])
        case let error as ActionError: return (.badData, ["ratify: error: \(error)"])
        case let error as UnknownParticipant: return (.badData, ["ratify: error: \(error)"])
        case let error as TreatyDefinitionError: return (.badData, ["ratify: error: \(error)"])
        case let error as StoreError: return (status(of: error), ["ratify: error: \(error)"])
        case let error as InputFileError: return (error.kind == .missing ? .noInput : .ioError, ["ratify: error: \(error)"])
        case let error as DeliveryFailure: return (.temporary, ["ratify: error: \(error)"])
        default: return nil
        }
    }

    static func status(of error: StoreError) -> ExitStatus {
        switch error {
        case .noDatabase, .notADatabase: .noInput
        case .cannotCreate: .cannotCreate
        case .io: .ioError
        case .busy: .temporary
        case .newerVersion: .newerVersion
        case .invalid: .badData
        }
    }
}
