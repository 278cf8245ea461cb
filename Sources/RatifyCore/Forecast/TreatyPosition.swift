/// Where a treaty stands on its as-of date, as the forecast compares it
/// with the reference histories.
struct TreatyPosition: Equatable {
    /// When its clock started: the opening for signature, else the first signature, else the first deposit.
    var opened: CivilDate
    var asOf: CivilDate
    /// Instruments that count toward the threshold, in effect on `asOf`.
    var counted: Int
    var signatories: Int
    /// The count at which the conditions could first hold: what the
    /// reference treaties' progress is measured against.
    var target: Int

    /// Days since opening, at least 1 (a logarithm is taken).
    var age: Int { max(1, opened.days(until: asOf)) }
}
