/// How near a reference treaty's moment must be to where this treaty stands
/// to weigh in its forecast. A reference moment's weight is
/// exp(-d²/2), d² the sum of each squared difference divided by its bandwidth.
///
/// The defaults were chosen on the depositary's tables by a coarse grid
/// (scripts/backtest --sensitivity shows the neighbourhood): the backtest's
/// aims hold across most of it, so they are not a knife-edge fit.
public struct ForecastParameters: Sendable, Equatable {
    /// On log(1 + instruments in effect).
    public var instruments = 0.35
    /// On log(1 + signatories).
    public var signatures = 0.6
    /// On log(days since opening).
    public var age = 0.3
    /// On the years between the two treaties' openings: the world that
    /// ratifies changes (the number of States, the pace of parliaments).
    public var eraYears = 15.0
    /// The bandwidths widen together until the weights are worth at least
    /// this many equally weighted references.
    public var minimumEffective = 10.0
    /// The moments either side of a reference's most alike one that share
    /// its weight, a step apart: a day on which the reference saw a batch of
    /// deposits (a ceremony) then lands on several days here, not one.
    public var momentSpread = 2
    /// Reference moments compared: one every `stepDays` days of each history.
    public var stepDays = 30
    /// Participant orderings drawn per reference treaty when a condition
    /// counts a named group.
    public var orderings = 16

    public init() {}

    public static let standard = ForecastParameters()
}
