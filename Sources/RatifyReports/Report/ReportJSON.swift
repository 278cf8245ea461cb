import RatifyCore
import RatifyFormats

/// The report as JSON: the status object plus the report's sections.
public enum ReportJSON {
    struct Document: Encodable {
        enum CodingKeys: String, CodingKey {
            case status, headline, changes, latest, groups, forecast
            case daysToEntryIntoForce = "days_to_entry_into_force"
        }

        var status: TreatyStatus
        var headline: String
        @NullEncoded var daysToEntryIntoForce: Int?
        var changes: Changes
        var latest: [Action]
        var groups: [Group]
        /// `ratify forecast --json`'s object, when the report has one.
        @NullEncoded var forecast: Forecast?
    }

    struct Changes: Encodable {
        var window: String
        @NullEncoded var since: String?
        /// The counts at the previous report, when there was one.
        @NullEncoded var previous: Counts?
        var actions: [Action]
    }

    struct Counts: Encodable { var signatories: Int, instruments: Int, counted: Int }

    struct Action: Encodable {
        @NullEncoded var id: Int64?
        var state: String
        var name: String
        var action: String
        var date: String
        @NullEncoded var reference: String?
        @NullEncoded var corrects: Int64?
        /// In "changes" only: "recorded", "correction" or "voided".
        var change: String?
        /// In "changes" only: whether the action is in effect now.
        var inEffect: Bool?
        /// In "changes" only: the correction that has replaced the action since.
        var supersededBy: Int64?
        /// In "changes" only: the correction's or the void's reason.
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case id, state, name, action, date, reference, corrects, change, reason
            case inEffect = "in_effect"
            case supersededBy = "superseded_by"
        }
    }

    struct Group: Encodable { var group: String, signatories: Int, instruments: Int, counted: Int }

    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) throws -> String {
        func entry(_ a: ActionRecord) -> Action {
            Action(
                id: a.id, state: a.participant, name: directory[a.participant]?.name ?? a.participant, action: a.kind.rawValue,
                date: a.date.description, reference: a.reference, corrects: nil)
        }
        func change(_ c: DailyReport.Change) -> Action {
            var action = entry(c.action)
            action.corrects = c.corrects
            action.inEffect = c.inEffect
            switch c.kind {
            case .recorded: action.change = "recorded"
            case .correction(_, let reason): (action.change, action.reason) = ("correction", reason)
            case .voided(let reason): (action.change, action.reason) = ("voided", reason)
            }
            switch c.fate {
            case .correctedBy(let id): action.supersededBy = id
            case .voided(let reason): action.reason = action.reason.map { $0 + "; voided: " + reason } ?? reason
            case nil: break
            }
            return action
        }
        let (window, since): (String, String?) =
            switch report.window {
            case .firstReport: ("first-report", nil)
            case .previousReport(let ranAt): ("previous-report", ranAt)
            case .since(let date): ("since-date", date.description)
            }
        return try JSONOutput.string(
            Document(
                status: report.status, headline: report.headline, daysToEntryIntoForce: report.daysToEntryIntoForce,
                changes: Changes(
                    window: window, since: since,
                    previous: report.previous.map { Counts(signatories: $0.signatories, instruments: $0.instruments, counted: $0.counted) },
                    actions: report.changes.map(change)),
                latest: report.latest.map { entry($0) },
                groups: report.groups.map {
                    Group(group: $0.group.rawValue, signatories: $0.signatories, instruments: $0.instruments, counted: $0.counted)
                }, forecast: report.forecast))
    }
}
