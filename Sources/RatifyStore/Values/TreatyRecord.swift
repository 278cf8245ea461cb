import RatifyCore

/// A treaty and its actions in effect, read together from one snapshot:
/// what `status`, `export` and `alert` show of a treaty.
public struct TreatyRecord: Sendable {
    public let treaty: StoredTreaty
    public let actions: [ActionRecord]

    public var definition: TreatyDefinition { treaty.definition }
}
