import RatifyCore
import RatifyFormats

/// The report as JSON: the status object plus the report's sections.
public enum ReportJSON {
    struct Document: Encodable {
        enum CodingKeys: String, CodingKey {
            case status, headline, changes, latest, groups
            case daysToEntryIntoForce = "days_to_entry_into_force"
        }

        var status: TreatyStatus
        var headline: String
        @NullEncoded var daysToEntryIntoForce: Int?
        var changes: Changes
        var latest: [Action]
        var groups: [Group]
    }

    struct Changes: Encodable {
        var window: String
        @NullEncoded var since: String?
        var actions: [Action]
    }

    struct Action: Encodable {
        @NullEncoded var id: Int64?
        var state: String
        var name: String
        var action: String
        var date: String
        @NullEncoded var reference: String?
        @NullEncoded var corrects: Int64?
    }

    struct Group: Encodable { var group: String, signatories: Int, instruments: Int, counted: Int }

    public static func render(_ report: DailyReport, directory: ParticipantDirectory = .builtIn) throws -> String {
        func entry(_ a: ActionRecord, corrects: Int64? = nil) -> Action {
            Action(
                id: a.id, state: a.participant, name: directory[a.participant]?.name ?? a.participant, action: a.kind.rawValue,
                date: a.date.description, reference: a.reference, corrects: corrects)
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
                changes: Changes(window: window, since: since, actions: report.changes.map { entry($0.action, corrects: $0.corrects) }),
                latest: report.latest.map { entry($0) },
                groups: report.groups.map {
                    Group(group: $0.group.rawValue, signatories: $0.signatories, instruments: $0.instruments, counted: $0.counted)
                }))
    }
}
