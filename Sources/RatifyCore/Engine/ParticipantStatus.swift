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
        /// A hypothetical instrument (`--assume`), not a recorded one.
        public var assumed = false
    }

    public struct Denunciation: Equatable, Sendable {
        public var date: CivilDate
        public var effective: CivilDate
    }
}

extension ParticipantStatus: Encodable {
    private enum Key: String, CodingKey {
        case state, name, group, signature, consent
        case inForceFor = "in_force_for"
        case denunciation, counted
    }
    private enum ConsentKey: String, CodingKey { case action, date, reference, assumed }
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
            // Only in projections, so that a plain status is as it always was.
            if consent.assumed { try nested.encode(true, forKey: .assumed) }
        } else {
            try c.encodeNil(forKey: .consent)
        }
        try c.encode(inForceFor, forKey: .inForceFor)
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
