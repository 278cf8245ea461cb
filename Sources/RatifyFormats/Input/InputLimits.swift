/// How much of an input ratify reads, so that a hostile or mistaken input
/// (`/dev/zero`, a file with no line breaks, a header of a million columns)
/// is refused with a message (65) instead of exhausting memory or time.
/// Documented in the README ("Limits") and in `ratify import --help`.
public enum InputLimits {
    /// A CSV record: one row, line breaks inside quotes included.
    public static let recordBytes = 1 << 20
    /// Columns in a CSV header (the contract names six).
    public static let headerColumns = 64
    /// A file read whole: a JSON export, a depositary's table, a treaty definition.
    public static let wholeFileBytes = 128 << 20
    /// A reference and a note, in UTF-8: small enough that a row holding
    /// both, each quote doubled in a CSV export, stays within `recordBytes`,
    /// so that what a JSON import accepts a CSV export can give back.
    public static let fieldBytes = ["reference": 4 << 10, "note": 256 << 10]

    /// `1 MiB`, `128 MiB`, `256 KiB`.
    public static func describe(bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes % (1 << 10) == 0 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
