/// What can go wrong with the database itself. The CLI maps each case to
/// its exit code in one place.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No database at the path (exit 66).
    case noDatabase(path: String)
    /// The file exists but is not a SQLite database, or not one of ratify's (exit 65... mapped by the CLI).
    case notADatabase(path: String, detail: String)
    /// The database or its folder cannot be created (exit 73).
    case cannotCreate(path: String, detail: String)
    /// The database cannot be read or written: permissions, disk (exit 74).
    case io(path: String, detail: String)
    /// Another process held the database past the busy timeout (exit 75).
    case busy(path: String, seconds: Double)
    /// Written by a newer ratify (exit 78).
    case newerVersion(path: String, unknownMigrations: [String])
    /// Bad data named by the user: an unknown treaty, action id... (exit 65).
    case invalid(String)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no ratify database at \(path): run 'ratify init' to create it, or pass --db PATH (or set RATIFY_DB) to use another"
        case .notADatabase(let path, let detail):
            "\(path) is not a ratify database (\(detail)): pass --db with the right path, or move the file away and run 'ratify init'"
        case .cannotCreate(let path, let detail):
            "cannot create the database at \(path): \(detail)"
        case .io(let path, let detail):
            "cannot use the database at \(path): \(detail)"
        case .busy(let path, let seconds):
            "the database at \(path) stayed busy for \(Int(seconds)) seconds (another ratify is writing); try again"
        case .newerVersion(let path, let unknown):
            "the database at \(path) was written by a newer version of ratify (unknown migrations: \(unknown.joined(separator: ", "))); upgrade ratify to use it. The file was not changed."
        case .invalid(let message):
            message
        }
    }
}
