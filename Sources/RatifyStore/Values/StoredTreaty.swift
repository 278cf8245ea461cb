import Foundation
import GRDB
import RatifyCore

/// A treaty as the database holds it: the newest definition and its JSON.
public struct StoredTreaty: Sendable {
    public let definition: TreatyDefinition
    public let json: String
    public let isDefault: Bool
    public let revisions: Int
    public let addedAt: String
    public let updatedAt: String
}
