/// The cumulative number of signatories and of instruments counted toward
/// the threshold, by date: what the report's chart draws. Computed by
/// `Engine.series`, from the treaty's definition, as `status` counts.
public struct ProgressSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var date: CivilDate
        /// The count at the end of `date`, all of that day's changes applied.
        public var count: Int
        public init(date: CivilDate, count: Int) {
            self.date = date
            self.count = count
        }
    }

    /// One point per date on which the number of signatories changed.
    public var signatures: [Point]
    /// One point per date on which the number of counted instruments changed.
    public var counted: [Point]

    public init(signatures: [Point], counted: [Point]) {
        self.signatures = signatures
        self.counted = counted
    }

    /// The running total of per-day changes; a day whose changes cancel out
    /// adds no point.
    static func cumulative(_ deltas: [CivilDate: Int]) -> [Point] {
        var total = 0
        var points: [Point] = []
        for date in deltas.keys.sorted() where deltas[date] != 0 {
            total += deltas[date]!
            points.append(Point(date: date, count: total))
        }
        return points
    }

    /// The count at the end of `date`.
    public static func value(of points: [Point], on date: CivilDate) -> Int {
        points.last { $0.date <= date }?.count ?? 0
    }
}
