/// A rule every treaty's record must keep (CONTRACT.md, "Rules every treaty
/// gets"). Each rule lives in its own file and is tested on its own; the
/// validator runs them all over the record as it would stand after a change.
public protocol RecordRule: Sendable {
    /// A short name, used in tests and `ratify check`.
    var name: String { get }
    func violations(in record: RecordUnderReview) -> [RuleViolation]
}

/// The record a change would leave: every action in effect, the treaty, today.
public struct RecordUnderReview: Sendable {
    public let treaty: TreatyDefinition
    public let today: CivilDate
    public let directory: ParticipantDirectory
    /// Actions in effect, grouped by participant, each list in chronological order.
    public let byParticipant: [String: [ActionRecord]]
    /// The same, read as each participant's signature and periods of consent.
    public let histories: [String: ConsentHistory]

    public init(treaty: TreatyDefinition, actions: [ActionRecord], today: CivilDate, directory: ParticipantDirectory = .builtIn) {
        self.treaty = treaty
        self.today = today
        self.directory = directory
        self.byParticipant = Dictionary(grouping: actions, by: \.participant)
            .mapValues { $0.sorted(by: ActionRecord.chronological) }
        self.histories = byParticipant.mapValues { ConsentHistory(chronological: $0, denunciationSteps: treaty.denunciation) }
    }

    public func name(of code: String) -> String { directory[code]?.name ?? code }
}

/// One broken rule, about one action.
public struct RuleViolation: Hashable, Sendable {
    public let action: ActionRecord
    public let rule: String
    /// What is wrong and how to put it right, without the action itself.
    public let message: RuleMessage

    public init(action: ActionRecord, rule: String, message: RuleMessage) {
        self.action = action
        self.rule = rule
        self.message = message
    }

    /// "Viet Nam (VNM) ratification 2026-06-01: ..." given the participant's name.
    public func message(name: String) -> String {
        "\(name) (\(action.participant)) \(action.kind.rawValue) \(action.date): \(message)"
    }
}

public enum RecordRules {
    public static let all: [any RecordRule] = [
        DateNotAfterToday(), OneSignature(), SignatureWithinPeriod(), SignatureBeforeConsent(),
        OneConsentInEffect(), DenunciationNeedsConsent(),
    ]

    /// Every broken rule in a record, sorted by where the action came from.
    public static func violations(in record: RecordUnderReview) -> [RuleViolation] {
        var seen = Set<RuleViolation>()
        return all.flatMap { $0.violations(in: record) }
            .filter { seen.insert($0).inserted }
            .sorted { ($0.action.provenance.line ?? 0, $0.action.participant, $0.rule) < ($1.action.provenance.line ?? 0, $1.action.participant, $1.rule) }
    }

    /// The violations a change introduces: those in `after` that `before`
    /// did not already have. The record on file is never re-litigated; a
    /// change is refused only for what it breaks.
    public static func introduced(from before: RecordUnderReview, to after: RecordUnderReview) -> [RuleViolation] {
        let old = Set(violations(in: before).map(\.identity))
        return violations(in: after).filter { !old.contains($0.identity) }
    }
}

extension RuleViolation {
    /// Recorded actions are known by id; new ones by what they say.
    fileprivate var identity: String {
        "\(rule)|" + (action.id.map { "#\($0)" } ?? "\(action.participant)|\(action.kind)|\(action.date)")
    }
}
