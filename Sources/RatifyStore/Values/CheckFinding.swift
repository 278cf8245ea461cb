import Foundation
import GRDB
import RatifyCore

/// One thing `ratify check` found wrong.
public struct CheckFinding: Sendable, Equatable, CustomStringConvertible {
    public var area: String
    public var message: String
    public var description: String { "\(area): \(message)" }
}
