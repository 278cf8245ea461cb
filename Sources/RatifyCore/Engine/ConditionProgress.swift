public struct ConditionProgress: Equatable, Sendable {
    public enum Kind: String, Sendable { case count, share }
    public var kind: Kind
    /// The group (count) or weight table (share) the condition names.
    public var scope: String?
    public var required: Double
    public var current: Double
    public var met: Bool { current >= required }
}

extension ConditionProgress: Encodable {
    private enum Key: String, CodingKey { case kind, group, weight, required, current, met }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind.rawValue, forKey: .kind)
        switch kind {
        case .count:
            try c.encode(scope, forKey: .group)
            try c.encode(Int(required), forKey: .required)
            try c.encode(Int(current), forKey: .current)
        case .share:
            try c.encode(scope, forKey: .weight)
            try c.encode(required, forKey: .required)
            try c.encode((current * 1_000_000).rounded() / 1_000_000, forKey: .current)
        }
        try c.encode(met, forKey: .met)
    }
}
