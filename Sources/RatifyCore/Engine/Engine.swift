/// Computes where a treaty stands from its definition, the actions in
/// effect and a date. Pure; O(n log n) in the number of actions; the answer
/// does not depend on the order of the input.
public enum Engine {
    public static func status(
        of treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate,
        directory: ParticipantDirectory = .builtIn
    ) -> TreatyStatus {
        let byParticipant = Dictionary(grouping: actions.lazy.filter { $0.date <= asOf }, by: \.participant)
            .mapValues { $0.sorted(by: ActionRecord.chronological) }

        var histories: [String: History] = [:]
        for (code, list) in byParticipant {
            histories[code] = History(actions: list, denunciationSteps: treaty.denunciation)
        }

        let counts: (String) -> Bool = { code in
            treaty.reioCounts || !(directory[code]?.isREIO ?? false)
        }
        let thresholdDate = thresholdReachedOn(treaty: treaty, histories: histories, asOf: asOf, counts: counts)
        let entryIntoForce = thresholdDate.map { treaty.entryIntoForce.apply(to: $0) }

        var participants: [ParticipantStatus] = []
        var inEffect = Set<String>()
        for (code, history) in histories {
            let latest = history.periods.last
            let effectiveDenunciation = latest?.denunciation.map { ParticipantStatus.Denunciation(date: $0.date, effective: $0.effective) }
            let holds = latest.map { $0.denunciation.map { $0.effective > asOf } ?? true } ?? false
            if holds { inEffect.insert(code) }
            var inForceFor: CivilDate?
            if let latest, let thresholdDate, let entryIntoForce {
                var date = entryIntoForce
                if latest.consent.date > thresholdDate {
                    date = treaty.laterPartySteps.apply(to: latest.consent.date)
                    if treaty.laterPartiesNotBeforeEIF { date = max(date, entryIntoForce) }
                }
                // A denunciation effective before that date means the treaty never bound it.
                if latest.denunciation.map({ $0.effective > date }) ?? true { inForceFor = date }
            }
            let participant = directory[code]
            participants.append(ParticipantStatus(
                state: code,
                name: participant?.name ?? code,
                group: participant?.group ?? .none,
                signature: history.signature?.date,
                consent: latest.map { .init(action: $0.consent.kind, date: $0.consent.date, reference: $0.consent.reference) },
                inForceFor: inForceFor,
                denunciation: effectiveDenunciation,
                counted: holds && counts(code)
            ))
        }
        participants.sort { $0.state < $1.state }

        let countedCodes = Set(inEffect.filter(counts))
        return TreatyStatus(
            treaty: treaty.id,
            title: treaty.title,
            asOf: asOf,
            threshold: treaty.threshold,
            signatories: histories.values.filter { $0.signature != nil }.count,
            instruments: inEffect.count,
            counted: countedCodes.count,
            thresholdReachedOn: thresholdDate,
            entryIntoForce: entryIntoForce,
            conditions: treaty.conditions.map { progress(of: $0, treaty: treaty, counted: countedCodes) },
            earliestEntryIntoForce: thresholdDate == nil ? treaty.entryIntoForce.apply(to: asOf) : nil,
            participants: participants
        )
    }

    /// Sweeps the deposit and denunciation dates in order, applying all of a
    /// day's changes together, and returns the first deposit date after which
    /// every condition holds.
    static func thresholdReachedOn(
        treaty: TreatyDefinition, histories: [String: History], asOf: CivilDate, counts: (String) -> Bool
    ) -> CivilDate? {
        var events: [(date: CivilDate, code: String, delta: Int)] = []
        for (code, history) in histories where counts(code) {
            for period in history.periods {
                events.append((period.consent.date, code, 1))
                if let denunciation = period.denunciation, denunciation.effective <= asOf {
                    events.append((denunciation.effective, code, -1))
                }
            }
        }
        events.sort { ($0.date, $0.delta, $0.code) < ($1.date, $1.delta, $1.code) }

        var tally = ConditionTally(treaty: treaty)
        var index = 0
        while index < events.count {
            let date = events[index].date
            var depositToday = false
            while index < events.count, events[index].date == date {
                tally.apply(code: events[index].code, delta: events[index].delta)
                depositToday = depositToday || events[index].delta > 0
                index += 1
            }
            if depositToday, tally.allHold { return date }
        }
        return nil
    }

    static func progress(of condition: TreatyDefinition.Condition, treaty: TreatyDefinition, counted: Set<String>) -> ConditionProgress {
        switch condition {
        case .count(let n, let group):
            let members = group.flatMap { treaty.groups[$0] }.map(Set.init)
            let current = members.map { counted.intersection($0).count } ?? counted.count
            return ConditionProgress(kind: .count, scope: group, required: Double(n), current: Double(current))
        case .share(let share, let weight):
            let table = treaty.weights[weight] ?? [:]
            let total = table.values.reduce(0, +)
            let sum = counted.reduce(0) { $0 + (table[$1] ?? 0) }
            return ConditionProgress(kind: .share, scope: weight, required: share, current: total > 0 ? sum / total : 0)
        }
    }
}

/// One participant's actions, read as signature and periods of consent.
struct History {
    struct Period {
        var consent: ActionRecord
        var denunciation: (date: CivilDate, effective: CivilDate)?
    }

    var signature: ActionRecord?
    var periods: [Period] = []

    init(actions: [ActionRecord], denunciationSteps: [Step]) {
        for action in actions {
            switch action.kind {
            case .signature:
                if signature == nil { signature = action }
            case .denunciation:
                if let last = periods.indices.last, periods[last].denunciation == nil {
                    periods[last].denunciation = (action.date, denunciationSteps.apply(to: action.date))
                }
            default:
                // A second instrument without a denunciation between is refused
                // by the rules; if one is on record anyway, the first stands.
                if periods.last.map({ $0.denunciation != nil }) ?? true {
                    periods.append(Period(consent: action))
                }
            }
        }
    }
}

/// Running totals for each condition, updated one instrument at a time so
/// that checking after each deposit date costs O(conditions).
struct ConditionTally {
    private let treaty: TreatyDefinition
    private var total = 0
    private var groupCounts: [String: Int] = [:]
    private var weightSums: [String: Double] = [:]
    private let groupMembers: [String: Set<String>]
    private let weightTotals: [String: Double]

    init(treaty: TreatyDefinition) {
        self.treaty = treaty
        groupMembers = treaty.groups.mapValues(Set.init)
        weightTotals = treaty.weights.mapValues { $0.values.reduce(0, +) }
    }

    mutating func apply(code: String, delta: Int) {
        total += delta
        for (name, members) in groupMembers where members.contains(code) {
            groupCounts[name, default: 0] += delta
        }
        for (name, table) in treaty.weights {
            if let weight = table[code] { weightSums[name, default: 0] += Double(delta) * weight }
        }
    }

    var allHold: Bool {
        treaty.conditions.allSatisfy { condition in
            switch condition {
            case .count(let n, nil): total >= n
            case .count(let n, let group?): groupCounts[group, default: 0] >= n
            // A small tolerance keeps 0.55 from failing on binary rounding.
            case .share(let share, let weight): weightSums[weight, default: 0] / weightTotals[weight, default: 1] >= share - 1e-12
            }
        }
    }
}
