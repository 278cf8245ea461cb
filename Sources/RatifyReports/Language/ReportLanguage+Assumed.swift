import RatifyCore

extension ReportLanguage {
    /// The value of the `--assume` line, "France ratification 2027-03-01,
    /// Japan accession 2027-04-01": each participant by its name in this
    /// language, as the tables name it (a code the directory lacks stays a code).
    func assumedList(
        _ actions: [(state: String, action: ActionKind, date: CivilDate)], strings t: any ReportStrings, directory: ParticipantDirectory
    ) -> String {
        actions.map { "\(name(of: $0.state, directory: directory)) \(t.actionOn($0.action, $0.date))" }.joined(separator: ", ")
    }
}
