import Foundation
import RatifyStore

/// Somewhere an alert goes besides stdout.
protocol AlertChannel {
    /// Stable across runs: a retry skips the channels an alert already reached.
    var name: String { get }
    func deliver(_ alert: StoredAlert) throws
}
