import RatifyCore

/// What the record holds that the depositary's table does not show, said
/// once on stderr as a notice (not an error: the table may be older than
/// the record), naming at most ten of the actions.
enum DepositaryNotices {
    static func notInTable(_ actions: [ActionRecord], source: String, directory: ParticipantDirectory) {
        guard !actions.isEmpty else { return }
        let named = actions.prefix(10).map { "\(directory.displayName($0.participant)) \($0.kind.rawValue) \($0.date) (#\($0.id ?? 0))" }
        let more = actions.count > 10 ? " and \(actions.count - 10) more" : ""
        Terminal.err(
            "\(source): notice: the table does not show \(actions.count == 1 ? "this action" : "these \(actions.count) actions") on record: "
                + named.joined(separator: "; ") + more
                + "; the table may be older than the record ('ratify history' shows where each came from), or void a mistaken one with 'ratify void ID'"
        )
    }
}
