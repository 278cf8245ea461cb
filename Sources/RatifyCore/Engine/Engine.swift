/// Computes where a treaty stands from its definition, the actions in
/// effect and a date. Pure; O(n log n) in the number of actions; the answer
/// does not depend on the order of the input.
public enum Engine {
    public static func status(
        of treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate,
        directory: ParticipantDirectory = .builtIn
    ) -> TreatyStatus {
        let histories = ConsentHistory.byParticipant(actions.lazy.filter { $0.date <= asOf }, denunciationSteps: treaty.denunciation)
        let counts = countsTowardThreshold(treaty, directory: directory)
        let thresholdDate = thresholdReachedOn(treaty: treaty, events: countEvents(histories, asOf: asOf, counts: counts))
        let entryIntoForce = thresholdDate.map { treaty.entryIntoForce.apply(to: $0) }

        var participants: [ParticipantStatus] = []
        var inEffect = Set<String>()
        for (code, history) in histories {
            let latest = history.periods.last
            let effectiveDenunciation = latest.flatMap { period in
                period.denunciationEffective.map { ParticipantStatus.Denunciation(date: period.denunciation!.date, effective: $0) }
            }
            let holds = latest?.holds(on: asOf) ?? false
            if holds { inEffect.insert(code) }
            var inForceFor: CivilDate?
            if let latest, let thresholdDate, let entryIntoForce {
                var date = entryIntoForce
                if latest.consent.date > thresholdDate {
                    date = treaty.laterPartySteps.apply(to: latest.consent.date)
                    if treaty.laterPartiesNotBeforeEIF { date = max(date, entryIntoForce) }
                }
                // A denunciation effective before that date means the treaty never bound it.
                if latest.denunciationEffective.map({ $0 > date }) ?? true { inForceFor = date }
            }
            let participant = directory[code]
            participants.append(
                ParticipantStatus(
                    state: code,
                    name: participant?.name ?? code,
                    group: participant?.group ?? .none,
                    signature: history.signature?.date,
                    consent: latest.map {
                        .init(
                            action: $0.consent.kind, date: $0.consent.date, reference: $0.consent.reference, assumed: $0.consent.isAssumed)
                    },
                    inForceFor: inForceFor,
                    denunciation: effectiveDenunciation,
                    counted: holds && counts(code)
                ))
        }
        participants.sort { $0.state < $1.state }

        let countedCodes = Set(inEffect.filter(counts))
        // Nothing can be deposited before the treaty opens for signature.
        let earliestDeposit = thresholdDate == nil ? max(asOf, treaty.signatureOpens ?? asOf) : nil
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
            earliestEntryIntoForce: earliestDeposit.map { treaty.entryIntoForce.apply(to: $0) },
            earliestDepositOn: earliestDeposit,
            participants: participants
        )
    }

    /// Whether a participant's instrument counts toward the threshold: an
    /// REIO's only when the treaty's `reio_counts` says so.
    static func countsTowardThreshold(_ treaty: TreatyDefinition, directory: ParticipantDirectory) -> (String) -> Bool {
        { code in treaty.reioCounts || !(directory[code]?.isREIO ?? false) }
    }

    /// The changes in the counted instruments, in order: +1 on each
    /// deposit, -1 when a denunciation takes effect (on or before `asOf`).
    /// Sorted by date, withdrawals first on a day, then by code.
    static func countEvents(
        _ histories: [String: ConsentHistory], asOf: CivilDate, counts: (String) -> Bool
    ) -> [(date: CivilDate, code: String, delta: Int)] {
        var events: [(date: CivilDate, code: String, delta: Int)] = []
        for (code, history) in histories where counts(code) {
            for period in history.periods {
                events.append((period.consent.date, code, 1))
                if let effective = period.denunciationEffective, effective <= asOf {
                    events.append((effective, code, -1))
                }
            }
        }
        return events.sorted { ($0.date, $0.delta, $0.code) < ($1.date, $1.delta, $1.code) }
    }

    /// Sweeps the count events in order, applying all of a day's changes
    /// together, and returns the first deposit date after which every
    /// condition holds.
    static func thresholdReachedOn(treaty: TreatyDefinition, events: [(date: CivilDate, code: String, delta: Int)]) -> CivilDate? {
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

    /// The cumulative signatories and counted instruments by date, up to
    /// `asOf`, read as `status` reads them: what the report's chart draws.
    public static func series(
        of treaty: TreatyDefinition, actions: [ActionRecord], asOf: CivilDate, directory: ParticipantDirectory = .builtIn
    ) -> ProgressSeries {
        let histories = ConsentHistory.byParticipant(actions.lazy.filter { $0.date <= asOf }, denunciationSteps: treaty.denunciation)
        var signatures: [CivilDate: Int] = [:]
        for history in histories.values {
            if let signature = history.signature { signatures[signature.date, default: 0] += 1 }
        }
        var counted: [CivilDate: Int] = [:]
        for event in countEvents(histories, asOf: asOf, counts: countsTowardThreshold(treaty, directory: directory)) {
            counted[event.date, default: 0] += event.delta
        }
        return ProgressSeries(signatures: ProgressSeries.cumulative(signatures), counted: ProgressSeries.cumulative(counted))
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
