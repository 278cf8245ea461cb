import RatifyCore

extension ReportLanguage {
    /// The value of the `--assume` line, "France ratification 2027-03-01,
    /// Japan accession 2027-04-01": each participant by its name in this
    /// language, as the tables name it (a code the directory lacks stays a code),
    /// in the tables' order: by name.
    func assumedList(
        _ actions: [(state: String, action: ActionKind, date: CivilDate)], strings t: any ReportStrings, directory: ParticipantDirectory
    ) -> String {
        let named = actions.map { (action: $0, name: name(of: $0.state, directory: directory)) }
        return sortedByName(named, name: \.name, code: \.action.state)
            .map { "\($0.name) \(t.actionOn($0.action.action, $0.action.date))" }.joined(separator: ", ")
    }
}
