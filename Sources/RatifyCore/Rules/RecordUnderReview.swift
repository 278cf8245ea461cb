/// The record a change would leave: every action in effect, the treaty, today.
public struct RecordUnderReview: Sendable {
    public let treaty: TreatyDefinition
    public let today: CivilDate
    public let directory: ParticipantDirectory
    /// Actions in effect, grouped by participant, each list in chronological order.
    public let byParticipant: [String: [ActionRecord]]
    /// The same, read as each participant's signature and periods of consent.
    /// Only for participants whose actions could break a consent rule (two
    /// instruments, or a denunciation): the others have no extra instrument
    /// and no stray denunciation to find, and an import reviews thousands.
    public let histories: [String: ConsentHistory]

    public init(treaty: TreatyDefinition, actions: [ActionRecord], today: CivilDate, directory: ParticipantDirectory = .builtIn) {
        self.treaty = treaty
        self.today = today
        self.directory = directory
        self.byParticipant = Dictionary(grouping: actions, by: \.participant)
            .mapValues { $0.sorted(by: ActionRecord.chronological) }
        self.histories = byParticipant.filter { _, actions in
            var instruments = 0
            for action in actions {
                if action.kind == .denunciation { return true }
                if action.kind.isConsent { instruments += 1 }
            }
            return instruments > 1
        }.mapValues { ConsentHistory(chronological: $0, denunciationSteps: treaty.denunciation) }
    }

    public func name(of code: String) -> String { directory[code]?.name ?? code }
}
