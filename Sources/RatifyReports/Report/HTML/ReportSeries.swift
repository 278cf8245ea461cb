import RatifyCore

/// The time series the chart draws: the cumulative number of signatures and
/// of instruments counted toward the threshold, by date, up to the as-of date.
public struct ReportSeries: Sendable, Equatable {
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

    /// Computed from the actions in effect and the status they give on its
    /// as-of date. Pure; the order of `actions` does not matter.
    ///
    /// Signatures: each participant's first signature. Counted instruments:
    /// each period of consent, from its deposit until the denunciation takes
    /// effect, for the participants that count. An REIO counts when the
    /// treaty's `reio_counts` is true; the report carries no definition, so
    /// that is read off the status: an REIO whose instrument is in effect on
    /// the as-of date counts exactly when its `counted` flag says so (with no
    /// REIO in effect, none is counted, which is the common clause). The date
    /// a denunciation takes effect is the status's for the latest period; an
    /// earlier period (denounced, then consent given again) ends at the new
    /// instrument at the latest, since the engine's steps are not in the report.
    public static func compute(actions: [ActionRecord], status: TreatyStatus, directory: ParticipantDirectory = .builtIn) -> ReportSeries {
        let asOf = status.asOf
        let byParticipant = Dictionary(grouping: actions.filter { $0.date <= asOf }, by: \.participant)
        let statusByCode = Dictionary(status.participants.map { ($0.state, $0) }, uniquingKeysWith: { a, _ in a })

        func isREIO(_ code: String) -> Bool { (directory[code]?.isREIO ?? false) || statusByCode[code]?.group == .reio }
        let reioCounts = status.participants.contains { isREIO($0.state) && $0.counted }

        var signatureDeltas: [CivilDate: Int] = [:]
        var countedDeltas: [CivilDate: Int] = [:]
        for code in byParticipant.keys.sorted() {
            let list = byParticipant[code]!.sorted(by: ActionRecord.chronological)
            if let signature = list.first(where: { $0.kind == .signature }) {
                signatureDeltas[signature.date, default: 0] += 1
            }
            guard reioCounts || !isREIO(code) else { continue }
            // Periods of consent, read as the engine reads them: a second
            // instrument without a denunciation between is ignored.
            var periods: [(start: CivilDate, denounced: CivilDate?)] = []
            for action in list {
                if action.kind.isConsent {
                    if periods.last.map({ $0.denounced != nil }) ?? true { periods.append((action.date, nil)) }
                } else if action.kind == .denunciation, let last = periods.indices.last, periods[last].denounced == nil {
                    periods[last].denounced = action.date
                }
            }
            for (index, period) in periods.enumerated() {
                countedDeltas[period.start, default: 0] += 1
                guard period.denounced != nil else { continue }
                let end: CivilDate? = index == periods.count - 1
                    ? statusByCode[code]?.denunciation?.effective
                    : periods[index + 1].start
                if let end, end <= asOf { countedDeltas[end, default: 0] -= 1 }
            }
        }
        return ReportSeries(signatures: cumulative(signatureDeltas), counted: cumulative(countedDeltas))
    }

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
