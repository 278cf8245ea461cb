import RatifyCore

/// One row of cells from any of the three inputs, and the line it starts on.
struct UNTCRawRow: Equatable, Sendable {
    var line: Int
    var cells: [String]
}
