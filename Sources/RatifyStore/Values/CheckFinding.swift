import Foundation
import GRDB
import RatifyCore

/// One thing `ratify check` found: wrong, or an accepted deviation (a
/// depositary table's fact recorded although it breaks a rule), which is
/// listed but is not an error.
public struct CheckFinding: Sendable, Equatable, CustomStringConvertible {
    public var area: String
    public var message: String
    public var accepted = false
    public var description: String { "\(area): \(message)" }
}
