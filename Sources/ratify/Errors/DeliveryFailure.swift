import RatifyCore

/// An alert whose delivery failed; it stays pending for the next run (75).
struct DeliveryFailure: RatifyError {
    var description: String
    var exitStatus: ExitStatus { .temporary }
}
