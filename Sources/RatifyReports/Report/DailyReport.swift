import RatifyCore

/// What the daily summary says, independent of how it is rendered.
public struct DailyReport: Sendable {
    public var status: TreatyStatus
    /// The treaty's title in the report's language (the status keeps the
    /// definition's, which JSON prints).
    public var title: String
    /// What the changes are measured from.
    public var window: Window
    /// What changed in the window, newest first (by date, then id): actions
    /// recorded, corrections, voids.
    public var changes: [Change]
    /// Where the counts stood at the previous report, when there was one.
    public var previous: Counts?
    /// The most recent actions in effect, newest first.
    public var latest: [ActionRecord]
    public var groups: [GroupCount]
    /// The cumulative counts the chart draws, computed by the core
    /// (`Engine.series`) from the treaty's definition.
    public var series: ProgressSeries
    /// When the threshold will be reached and the treaty enter into force,
    /// computed by the core (`Forecaster`); nil when the caller gave none.
    public var forecast: Forecast?

    public enum Window: Sendable, Equatable {
        /// No report ran before for this treaty (and channel).
        case firstReport
        /// Since the previous report, which ran at this time.
        case previousReport(ranAt: String)
        /// Actions dated on or after a date (`--since`).
        case since(CivilDate)
    }

    /// One change: an action recorded, a correction, or a void.
    public struct Change: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A new action (recorded in the window, or dated in it with `--since`).
            case recorded
            /// A new action correcting action `of`, with the reason.
            case correction(of: Int64, reason: String)
            /// `action` (recorded before or during the window) taken out of effect, with the reason.
            case voided(reason: String)
        }

        /// What became of a recorded action since: it is no longer in effect.
        public enum Fate: Sendable, Equatable {
            case correctedBy(Int64)
            case voided(reason: String)
        }

        public var action: ActionRecord
        public var kind: Kind
        /// Nil while the action is in effect (always for `.voided`, which says it).
        public var fate: Fate?

        public init(action: ActionRecord, kind: Kind = .recorded, fate: Fate? = nil) {
            self.action = action
            self.kind = kind
            self.fate = fate
        }

        /// The action this one corrects, when it is a correction.
        public var corrects: Int64? {
            if case .correction(let id, _) = kind { return id }
            return nil
        }

        /// In effect now: neither voided nor corrected since.
        public var inEffect: Bool {
            if case .voided = kind { return false }
            return fate == nil
        }

        /// Anything but an action recorded and still in effect: what makes a
        /// "Change" column worth showing.
        public var isNotable: Bool { kind != .recorded || fate != nil }

        /// Newest first, as the latest actions: by the action's date, then
        /// by id, then a void before the action it voids.
        static func newestFirst(_ a: Change, _ b: Change) -> Bool {
            func rank(_ c: Change) -> Int {
                if case .voided = c.kind { return 1 }
                return 0
            }
            return (a.action.date, a.action.id ?? 0, rank(a)) > (b.action.date, b.action.id ?? 0, rank(b))
        }
    }

    /// The headline counts, to compare with the previous report's.
    public struct Counts: Sendable, Equatable {
        public var signatories: Int
        public var instruments: Int
        public var counted: Int

        public init(signatories: Int, instruments: Int, counted: Int) {
            self.signatories = signatories
            self.instruments = instruments
            self.counted = counted
        }

        public init(_ status: TreatyStatus) {
            signatories = status.signatories
            instruments = status.instruments
            counted = status.counted
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
        title: String? = nil, previous: Counts? = nil, latestCount: Int = 10, forecast: Forecast? = nil
    ) {
        self.status = status
        self.forecast = forecast
        self.title = title ?? status.title
        self.series = series
        self.window = window
        self.changes = changes.sorted(by: Change.newestFirst)
        self.previous = previous
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

    /// One line for the headline, in English with ISO dates: what the JSON
    /// report carries (the renderers use their language's).
    public var headline: String { ReportLanguage.english.strings(.text).headline(self) }
}
