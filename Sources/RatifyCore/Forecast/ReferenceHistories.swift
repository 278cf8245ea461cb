/// The reference class the forecast draws on: real histories and the date up
/// to which they are observed (a history short of a count on that date has
/// not reached it yet; it may still).
public struct ReferenceHistories: Sendable {
    public var histories: [ReferenceHistory]
    public var observedUntil: CivilDate

    public init(histories: [ReferenceHistory], observedUntil: CivilDate) {
        self.histories = histories
        self.observedUntil = observedUntil
    }

    /// The depositary's tables carried in the binary (scripts/generate-reference-histories).
    public static let builtIn = ReferenceHistories(
        histories: generated, observedUntil: CivilDate(dayNumber: Int(generatedObservedUntil)) ?? .latest)

    /// The same set without one history: what a leave-one-out backtest forecasts that treaty from.
    public func excluding(_ id: String) -> ReferenceHistories {
        ReferenceHistories(histories: histories.filter { $0.id != id }, observedUntil: observedUntil)
    }
}
