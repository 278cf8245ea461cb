import Foundation
import RatifyCore

/// What can go wrong with the database and the record in it, each case
/// named, with its exit status (`RatifyError`).
public enum StoreError: RatifyError, Equatable, Sendable {
    /// No database at the path.
    case noDatabase(path: String)
    /// The file exists but is not a SQLite database, or not one of ratify's.
    case notADatabase(path: String, detail: String)
    /// The path names a folder, not a database file.
    case isADirectory(path: String)
    /// The database or its folder cannot be created.
    case cannotCreate(path: String, detail: String)
    /// The database cannot be read or written: permissions, disk.
    case io(path: String, detail: String)
    /// Another process held the database past the busy timeout.
    case busy(path: String, seconds: Double)
    /// Written by a newer ratify.
    case newerVersion(path: String, unknownMigrations: [String])
    /// No `--treaty` and no default treaty.
    case noDefaultTreaty
    case unknownTreaty(String, known: [String])
    /// A stored definition that this version no longer accepts.
    case storedDefinitionInvalid(treaty: String, reason: String)
    case noSuchAction(Int64)
    /// `command` ("void" or "correct") named an action a correction has
    /// replaced; `inEffect` ends its chain of corrections (nil when that
    /// end is void).
    case alreadyCorrected(Int64, inEffect: Int64?, command: String)
    case voided(Int64)
    /// A correction may not change the participant.
    case correctionChangesParticipant(Int64, participant: String)
    case correctionChangesNothing(Int64)
    /// A participant code that is not three capital letters.
    case notAParticipantCode(String)
    /// A file lists the same action twice with different references or notes.
    case repeatedWithOtherDetails(location: String, firstLine: Int?, action: String)
    /// An action given again with a reference or note other than the one
    /// recorded: replacing it is a correction the user asks for by name.
    /// `location` is the file's `FILE:LINE`, nil for `ratify record`.
    case detailsDiffer(location: String?, action: String, id: Int64, field: String, recorded: String, given: String)
    /// A backup never overwrites.
    case backupExists(path: String)
    /// The backup's file cannot be made where it was asked for.
    case backupCannotBeCreated(path: String, reason: String)
    /// The database's own constraints refused the change.
    case refusedByDatabase(String)
    /// A run's claim on an alert was no longer its own when it finished
    /// (the lock file was deleted under a running `ratify alert`).
    case claimLost(alert: String)

    public var exitStatus: ExitStatus {
        switch self {
        case .noDatabase, .notADatabase, .isADirectory: .noInput
        case .cannotCreate, .backupExists, .backupCannotBeCreated: .cannotCreate
        case .io: .ioError
        case .busy, .claimLost: .temporary
        case .newerVersion: .newerVersion
        case .noDefaultTreaty, .unknownTreaty, .storedDefinitionInvalid, .noSuchAction, .alreadyCorrected, .voided,
            .correctionChangesParticipant, .correctionChangesNothing, .notAParticipantCode, .refusedByDatabase,
            .repeatedWithOtherDetails, .detailsDiffer:
            .badData
        }
    }

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no ratify database at \(path): run 'ratify init' to create it, or pass --db PATH (or set RATIFY_DB) to use another"
        case .notADatabase(let path, let detail):
            "\(path) is not a ratify database (\(detail)): pass --db with the right path, or move the file away and run 'ratify init'"
        case .isADirectory(let path):
            "\(path) is a folder, not a database file: pass --db with a file in it, e.g. \((path as NSString).appendingPathComponent("ratify.sqlite"))"
        case .cannotCreate(let path, let detail):
            "cannot create the database at \(path): \(detail)"
        case .io(let path, let detail):
            "cannot use the database at \(path): \(detail)"
        case .busy(let path, let seconds):
            "the database at \(path) stayed busy for \(Int(seconds)) seconds (another ratify is writing); try again"
        case .newerVersion(let path, let unknown):
            "the database at \(path) was written by a newer version of ratify (unknown migrations: \(unknown.joined(separator: ", "))); upgrade ratify to use it. The file was not changed."
        case .noDefaultTreaty:
            "no treaty given and the database has no default treaty: pass --treaty ID, or make one the default with 'ratify treaty add FILE --default'"
        case .unknownTreaty(let id, let known):
            "unknown treaty '\(id)': known treaties are \(known.joined(separator: ", ")); add one with 'ratify treaty add FILE'"
        case .storedDefinitionInvalid(let treaty, let reason):
            "the stored definition of treaty '\(treaty)' no longer validates (\(reason)); replace it with 'ratify treaty add FILE'"
        case .noSuchAction(let id):
            "no action #\(id) is recorded: 'ratify history' lists the ids"
        case .alreadyCorrected(let id, let inEffect?, let command):
            "action #\(id) was corrected since: #\(inEffect) is the one in effect ('ratify history' shows each step); run 'ratify \(command) \(inEffect)' instead"
        case .alreadyCorrected(let id, nil, _):
            "action #\(id) was corrected since, and the correction is void: record the action anew instead"
        case .voided(let id):
            "action #\(id) is void: record the action anew instead"
        case .correctionChangesParticipant(let id, let participant):
            "a correction keeps the participant of action #\(id) (\(participant)); void it with 'ratify void \(id)' and record the right participant's action instead"
        case .correctionChangesNothing(let id):
            "the correction changes nothing in action #\(id): give at least one of --action, --date, --ref, --note with a new value"
        case .notAParticipantCode(let code):
            "'\(code)' is not a participant code"
        case .repeatedWithOtherDetails(let location, let firstLine, let action):
            "\(location): repeats \(action)\(firstLine.map { " of line \($0)" } ?? "") with a different reference or note: keep one row for the action, with the right reference and note"
        case .detailsDiffer(let location, let action, let id, let field, let recorded, let given):
            (location.map { "\($0): " } ?? "")
                + "\(action) is already recorded (#\(id)) with the \(field) '\(recorded)', not '\(given)': "
                + (location == nil ? "" : "make the file agree with the record, or ")
                + "replace it with: ratify correct \(id) --\(field == "reference" ? "ref" : field) \(Self.doubleQuoted(given)) --reason \"...\""
        case .backupExists(let path):
            "\(path) already exists: give a new file name (a backup never overwrites)"
        case .backupCannotBeCreated(let path, let reason):
            "cannot create the backup \(path): \(reason)"
        case .refusedByDatabase(let message):
            "the database refused the change: \(message)"
        case .claimLost(let alert):
            "alert \(alert): another run took this run's claim over before its outcome was recorded, so it may be delivered again; do not delete the lock file beside the database while ratify runs"
        }
    }
}

extension StoreError {
    /// Whether the description starts with a file row's `FILE:LINE`.
    public var isAboutAFileRow: Bool {
        switch self {
        case .repeatedWithOtherDetails: true
        case .detailsDiffer(let location, _, _, _, _, _): location != nil
        default: false
        }
    }

    /// A value as the shell reads it back inside double quotes, for a
    /// command a message hands the user to copy.
    static func doubleQuoted(_ value: String) -> String {
        var quoted = "\""
        for c in value {
            if "\"\\$`".contains(c) { quoted.append("\\") }
            quoted.append(c)
        }
        return quoted + "\""
    }
}
