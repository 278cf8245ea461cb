import RatifyCore

/// A bad row or a bad file: reported as `FILE:LINE: message` on stderr.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int?
    public var message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { Provenance(source: source, line: line).location + ": " + message }
}
