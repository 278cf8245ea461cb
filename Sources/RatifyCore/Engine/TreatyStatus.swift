/// Where a treaty stands on a date: every fixed field of `status --json`
/// (CONTRACT.md) plus additive extras.
public struct TreatyStatus: Equatable, Sendable {
    public var treaty: String
    public var title: String
    public var asOf: CivilDate
    /// N of the first count condition.
    public var threshold: Int
    /// Signed on or before `asOf`.
    public var signatories: Int
    /// Instruments of consent in effect on `asOf`, REIOs included.
    public var instruments: Int
    /// Of those, the ones that count toward the threshold.
    public var counted: Int
    public var remaining: Int { max(0, threshold - counted) }
    /// The deposit date on which all conditions first held, when on or before `asOf`.
    public var thresholdReachedOn: CivilDate?
    public var entryIntoForce: CivilDate?
    public var inForce: Bool { entryIntoForce.map { $0 <= asOf } ?? false }
    /// Each condition's progress on `asOf`.
    public var conditions: [ConditionProgress]
    /// Until the threshold is reached: the earliest entry into force, were
    /// every missing instrument deposited on `asOf`.
    public var earliestEntryIntoForce: CivilDate?
    /// Every participant with an action on or before `asOf`, sorted by code.
    public var participants: [ParticipantStatus]
}

public struct ConditionProgress: Equatable, Sendable {
    public enum Kind: String, Sendable { case count, share }
    public var kind: Kind
    /// The group (count) or weight table (share) the condition names.
    public var scope: String?
    public var required: Double
    public var current: Double
    public var met: Bool { current >= required }
}

public struct ParticipantStatus: Equatable, Sendable {
    public var state: String
    public var name: String
    public var group: RegionalGroup
    public var signature: CivilDate?
    /// The latest instrument of consent, denounced or not.
    public var consent: Consent?
    /// When the treaty enters into force for this participant, once known.
    public var inForceFor: CivilDate?
    /// The denunciation of `consent`, if any.
    public var denunciation: Denunciation?
    /// Whether `consent` counts toward the threshold on `asOf`.
    public var counted: Bool

    public struct Consent: Equatable, Sendable {
        public var action: ActionKind
        public var date: CivilDate
        public var reference: String?
    }

    public struct Denunciation: Equatable, Sendable {
        public var date: CivilDate
        public var effective: CivilDate
    }
}

extension TreatyStatus: Encodable {
    private enum Key: String, CodingKey {
        case treaty, title, as_of, threshold, signatories, instruments, counted, remaining,
             threshold_reached_on, entry_into_force, in_force, earliest_entry_into_force, conditions, participants
    }

    /// Every contract field is written, `null` included (a synthesized
    /// encoder would drop nil fields).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(treaty, forKey: .treaty)
        try c.encode(title, forKey: .title)
        try c.encode(asOf, forKey: .as_of)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(signatories, forKey: .signatories)
        try c.encode(instruments, forKey: .instruments)
        try c.encode(counted, forKey: .counted)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(thresholdReachedOn, forKey: .threshold_reached_on)
        try c.encode(entryIntoForce, forKey: .entry_into_force)
        try c.encode(inForce, forKey: .in_force)
        try c.encode(earliestEntryIntoForce, forKey: .earliest_entry_into_force)
        try c.encode(conditions, forKey: .conditions)
        try c.encode(participants, forKey: .participants)
    }
}

extension ConditionProgress: Encodable {
    private enum Key: String, CodingKey { case kind, group, weight, required, current, met }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind.rawValue, forKey: .kind)
        switch kind {
        case .count:
            try c.encode(scope, forKey: .group)
            try c.encode(Int(required), forKey: .required)
            try c.encode(Int(current), forKey: .current)
        case .share:
            try c.encode(scope, forKey: .weight)
            try c.encode(required, forKey: .required)
            try c.encode((current * 1_000_000).rounded() / 1_000_000, forKey: .current)
        }
        try c.encode(met, forKey: .met)
    }
}

extension ParticipantStatus: Encodable {
    private enum Key: String, CodingKey { case state, name, group, signature, consent, in_force_for, denunciation, counted }
    private enum ConsentKey: String, CodingKey { case action, date, reference }
    private enum DenunciationKey: String, CodingKey { case date, effective }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(state, forKey: .state)
        try c.encode(name, forKey: .name)
        try c.encode(group.rawValue, forKey: .group)
        try c.encode(signature, forKey: .signature)
        if let consent {
            var nested = c.nestedContainer(keyedBy: ConsentKey.self, forKey: .consent)
            try nested.encode(consent.action, forKey: .action)
            try nested.encode(consent.date, forKey: .date)
            try nested.encode(consent.reference, forKey: .reference)
        } else {
            try c.encodeNil(forKey: .consent)
        }
        try c.encode(inForceFor, forKey: .in_force_for)
        if let denunciation {
            var nested = c.nestedContainer(keyedBy: DenunciationKey.self, forKey: .denunciation)
            try nested.encode(denunciation.date, forKey: .date)
            try nested.encode(denunciation.effective, forKey: .effective)
        } else {
            try c.encodeNil(forKey: .denunciation)
        }
        try c.encode(counted, forKey: .counted)
    }
}
