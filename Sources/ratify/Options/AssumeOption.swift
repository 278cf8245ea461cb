import ArgumentParser
import RatifyCore
import RatifyStore

/// `--assume STATE=DATE[:ACTION]`, repeatable: hypothetical instruments for
/// a projection (`status`, `forecast`). Nothing is recorded.
struct AssumeOption: ParsableArguments {
    @Option(
        name: .customLong("assume"),
        help: ArgumentHelp(
            "A hypothetical deposit, STATE=DATE[:ACTION] (default action: ratification); repeatable. Nothing is recorded.",
            valueName: "state=date"))
    var assumptions: [String] = []

    /// The assumed actions, each parsed as `record` parses its arguments
    /// (a bad date or participant is bad data, 65; a malformed value is usage, 64).
    func actions(command: String, directory: ParticipantDirectory) throws -> [ActionRecord] {
        try assumptions.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw UsageError(
                    "--assume takes STATE=DATE[:ACTION], e.g. --assume FRA=2027-03-01:approval; got '\(text)'", command: command)
            }
            let rest = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
            return ActionRecord(
                participant: try directory.lookup(parts[0]).code,
                kind: rest.count == 2 ? try ActionKind.parse(rest[1]) : .ratification,
                date: try CivilDate.parse(rest[0]), note: "assumed", provenance: .assumption)
        }
    }

    /// A treaty's record with the assumed actions added, checked by the
    /// rules (`Projection.actions`), from one read of `store`: what
    /// `status` and `forecast` project from.
    /// `assumed`: this option's actions, parsed before the store is opened
    /// (so that a malformed value is said first).
    static func projectedRecord(
        _ assumed: [ActionRecord], of treaty: String?, in store: Store
    ) throws -> (definition: TreatyDefinition, actions: [ActionRecord]) {
        let record = try store.record(of: treaty)
        let actions = try Projection.actions(
            recorded: record.actions, assumed: assumed, treaty: record.definition, directory: store.directory)
        return (record.definition, actions)
    }
}
