import RatifyCore

/// What the daily summary says, independent of how it is rendered.
public struct DailyReport: Sendable {
    public var status: TreatyStatus
    /// What the changes are measured from.
    public var window: Window
    /// Actions recorded in the window (corrections included), oldest first.
    public var changes: [Change]
    /// The most recent actions in effect, newest first.
    public var latest: [ActionRecord]
    public var groups: [GroupCount]
    /// The cumulative counts the chart draws, computed by the core
    /// (`Engine.series`) from the treaty's definition.
    public var series: ProgressSeries

    public enum Window: Sendable, Equatable {
        /// No report ran before for this treaty.
        case firstReport
        /// Since the previous report, which ran at this time.
        case previousReport(ranAt: String)
        /// Actions dated on or after a date (`--since`).
        case since(CivilDate)
    }

    public struct Change: Sendable, Equatable {
        public var action: ActionRecord
        /// The action this one corrects, when it is a correction.
        public var corrects: Int64?
        public var reason: String?
        public init(action: ActionRecord, corrects: Int64? = nil, reason: String? = nil) {
            self.action = action
            self.corrects = corrects
            self.reason = reason
        }
    }

    public struct GroupCount: Sendable, Equatable {
        public var group: RegionalGroup
        public var signatories: Int
        public var instruments: Int
        public var counted: Int
    }

    public var daysToEntryIntoForce: Int? {
        status.entryIntoForce.map { status.asOf.days(until: $0) }
    }

    public init(
        status: TreatyStatus, window: Window, changes: [Change], actionsInEffect: [ActionRecord], series: ProgressSeries,
        latestCount: Int = 10
    ) {
        self.status = status
        self.series = series
        self.window = window
        self.changes = changes
        self.latest = Array(
            actionsInEffect.filter { $0.date <= status.asOf }
                .sorted { ($0.date, $0.id ?? 0) > ($1.date, $1.id ?? 0) }.prefix(latestCount))
        var byGroup: [RegionalGroup: GroupCount] = [:]
        for p in status.participants {
            var entry = byGroup[p.group] ?? GroupCount(group: p.group, signatories: 0, instruments: 0, counted: 0)
            if p.signature != nil { entry.signatories += 1 }
            let inEffect = p.consent != nil && (p.denunciation.map { $0.effective > status.asOf } ?? true)
            if inEffect { entry.instruments += 1 }
            if p.counted { entry.counted += 1 }
            byGroup[p.group] = entry
        }
        groups = byGroup.values.sorted { $0.group < $1.group }
    }

    /// One line for the headline: where the treaty stands.
    public var headline: String {
        let s = status
        if s.inForce, let eif = s.entryIntoForce { return "In force since \(eif) (\(s.counted) of \(s.threshold) counted)." }
        if let eif = s.entryIntoForce, let days = daysToEntryIntoForce {
            return "Threshold reached on \(s.thresholdReachedOn!); enters into force on \(eif), in \(days) day\(days == 1 ? "" : "s")."
        }
        return "\(s.counted) of \(s.threshold) instruments counted; \(s.remaining) to go."
    }
}
