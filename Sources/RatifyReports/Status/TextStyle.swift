/// ANSI styling, on only when the CLI says so (a terminal, no NO_COLOR).
public struct TextStyle: Sendable {
    public var color: Bool
    public init(color: Bool) { self.color = color }

    public static let plain = TextStyle(color: false)

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func red(_ s: String) -> String { wrap(s, "31") }

    private func wrap(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
