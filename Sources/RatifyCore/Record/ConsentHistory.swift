/// One participant's actions read as its signature and its periods of
/// consent: the one answer to "which instrument does it hold, and when did
/// that end?" that the engine, the record rules, the depositary diff and
/// the chart's series share.
///
/// Read in chronological order: the first signature stands; an instrument
/// opens a period when none is open, otherwise it is an extra instrument
/// (the rules refuse it; if one is on record anyway, the first stands); a
/// denunciation closes the open period when it comes after the period's
/// instrument, otherwise it is stray (the rules refuse that too).
public struct ConsentHistory: Sendable {
    public struct Period: Sendable, Equatable {
        public var consent: ActionRecord
        public var denunciation: ActionRecord?
        /// When the denunciation takes effect: the treaty's denunciation steps
        /// from the notification's date.
        public var denunciationEffective: CivilDate?

        /// Whether the instrument binds on `date`: deposited, and any
        /// denunciation not yet in effect.
        public func holds(on date: CivilDate) -> Bool {
            consent.date <= date && (denunciationEffective.map { $0 > date } ?? true)
        }
    }

    public private(set) var signature: ActionRecord?
    /// Signatures after the first.
    public private(set) var extraSignatures: [ActionRecord] = []
    public private(set) var periods: [Period] = []
    /// Instruments deposited while another was held, each with the one held.
    public private(set) var extraInstruments: [(instrument: ActionRecord, held: ActionRecord)] = []
    /// Denunciations with no instrument held before them.
    public private(set) var strayDenunciations: [ActionRecord] = []

    /// `actions`: one participant's, in chronological order
    /// (`ActionRecord.chronological`).
    public init(chronological actions: [ActionRecord], denunciationSteps: [Step]) {
        for action in actions {
            switch action.kind {
            case .signature:
                if signature == nil { signature = action } else { extraSignatures.append(action) }
            case .denunciation:
                if let last = periods.indices.last, periods[last].denunciation == nil, periods[last].consent.date < action.date {
                    periods[last].denunciation = action
                    periods[last].denunciationEffective = denunciationSteps.apply(to: action.date)
                } else {
                    strayDenunciations.append(action)
                }
            case .provisionalApplication, .application:
                continue  // not consent: no period opens or closes
            case .ratification, .acceptance, .approval, .accession, .succession, .consentToBeBound:
                if let open = openPeriod {
                    extraInstruments.append((action, open.consent))
                } else {
                    periods.append(Period(consent: action))
                }
            }
        }
    }

    /// The period whose instrument no denunciation has ended yet.
    public var openPeriod: Period? {
        periods.last.flatMap { $0.denunciation == nil ? $0 : nil }
    }

    /// The instrument held once every action is read: the open period's.
    public var heldInstrument: ActionRecord? { openPeriod?.consent }

    /// Every participant's history, from actions in any order.
    public static func byParticipant(_ actions: some Sequence<ActionRecord>, denunciationSteps: [Step]) -> [String: ConsentHistory] {
        Dictionary(grouping: actions, by: \.participant).mapValues {
            ConsentHistory(chronological: $0.sorted(by: ActionRecord.chronological), denunciationSteps: denunciationSteps)
        }
    }
}
