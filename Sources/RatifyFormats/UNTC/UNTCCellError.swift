import RatifyCore

/// A problem with one cell, already worded for the user.
struct UNTCCellError: Error, Equatable {
    var message: String
}
