import RatifyCore

/// An import refused: every problem found, none written.
public struct ImportFailure: RatifyError, Sendable {
    public var problems: [ImportProblem]
    public init(_ problems: [ImportProblem]) { self.problems = problems }

    public var exitStatus: ExitStatus { .badData }
    public var description: String { problems.map(\.description).joined(separator: "\n") }

    /// How many problems are listed one by one before the rest are counted by kind.
    public static let listed = 20

    /// The lines to show: the first `listed` problems, then one line per kind
    /// for the rest, and the likely cause when one kind explains them all.
    public var summary: [String] {
        var lines = problems.prefix(Self.listed).map(\.description)
        let rest = problems.dropFirst(Self.listed)
        if !rest.isEmpty {
            let counts = Dictionary(grouping: rest, by: \.kind).mapValues(\.count)
            let kinds = ImportProblem.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.counted($0))" } }
            lines.append("... and \(rest.count) more: \(kinds.joined(separator: ", "))")
        }
        if let cause = likelyCause { lines.append(cause) }
        return lines
    }

    /// One cause behind many problems, said once.
    public var likelyCause: String? {
        let dayFirst = problems.filter { $0.kind == .dayFirstDate }.count
        if dayFirst > 1 && problems.allSatisfy({ $0.kind == .dayFirstDate }) {
            return "every date is written DD/MM/YYYY: write dates as YYYY-MM-DD (25/10/2025 is 2025-10-25); "
                + "a spreadsheet can format the date column as yyyy-mm-dd before saving"
        }
        return nil
    }
}
