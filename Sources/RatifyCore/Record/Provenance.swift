/// Where a record came from: the command line, or a line of an imported file.
public struct Provenance: Hashable, Sendable {
    public var source: String
    public var line: Int?

    public init(source: String, line: Int? = nil) {
        self.source = source
        self.line = line
    }

    public static let commandLine = Provenance(source: "command line")

    /// A hypothetical action given with `--assume`: never recorded.
    public static let assumption = Provenance(source: "--assume")

    /// `FILE:LINE`, the form every diagnostic about a file row uses.
    public var location: String { line.map { "\(source):\($0)" } ?? source }
}
