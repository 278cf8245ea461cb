/// Decides which events hold on the as-of date. Pure: the store remembers
/// which were already told.
public enum AlertRules {
    public static func events(
        status: TreatyStatus, treaty: TreatyDefinition, actions: [ActionRecord], config: AlertConfig,
        directory: ParticipantDirectory = .builtIn
    ) -> [AlertEvent] {
        var events: [AlertEvent] = []
        let title = treaty.title
        func add(_ kind: AlertKind, _ key: String, _ date: CivilDate, _ message: String) {
            if config.enabled.contains(kind) {
                events.append(AlertEvent(kind: kind, treaty: treaty.id, key: key, date: date, message: message))
            }
        }

        // The date each count was first reached: the n-th counted deposit.
        let countedDates = status.participants.filter(\.counted).compactMap(\.consent?.date).sorted()
        if let reached = status.thresholdReachedOn, let eif = status.entryIntoForce {
            // The count on that day, not on the day the alert runs.
            let countedThen = countedDates.filter { $0 <= reached }.count
            add(
                .thresholdReached, reached.description, reached,
                "\(title): the conditions for entry into force were met on \(reached) (\(countedThen) of \(status.threshold) counted); it enters into force on \(eif)."
            )
            if status.inForce {
                add(.enteredIntoForce, eif.description, eif, "\(title) entered into force on \(eif).")
            } else {
                let days = status.asOf.days(until: eif)
                if days <= config.entryIntoForceWithinDays {
                    add(
                        .entryIntoForceSoon, eif.description, status.asOf,
                        "\(title) enters into force in \(days) day\(days == 1 ? "" : "s"), on \(eif).")
                }
            }
        }

        for action in actions
        where action.kind.isConsent && action.date <= status.asOf
            && (action.id ?? 0) > config.instrumentsAfterActionID
        {
            let name = directory[action.participant]?.name ?? action.participant
            add(
                .instrument, "\(action.participant):\(action.kind.rawValue):\(action.date)", action.date,
                "\(title): \(name) deposited its instrument of \(action.kind.rawValue) on \(action.date) (\(status.counted) of \(status.threshold) now counted)."
            )
        }

        for milestone in Set(config.milestones).sorted() where milestone >= 1 && milestone <= countedDates.count {
            let on = countedDates[milestone - 1]
            let counted = "(the \(milestone)\(EnglishOrdinal.suffix(milestone)) deposited on \(on))"
            // Past the count the treaty needs, or at it while another condition still fails, "0 to go" would mislead.
            let rest =
                milestone > status.threshold
                ? "\(title): \(milestone) instruments counted \(counted), beyond the \(status.threshold) it needs."
                : milestone < status.threshold
                    ? "\(title): \(milestone) of \(status.threshold) instruments counted \(counted); \(status.threshold - milestone) to go."
                    : status.thresholdReachedOn.map { $0 <= on } == true
                        ? "\(title): \(milestone) of \(status.threshold) instruments counted \(counted)."
                        : "\(title): \(milestone) of \(status.threshold) instruments counted \(counted); the other conditions for entry into force are not all met yet."
            add(.milestone, String(milestone), on, rest)
        }

        if let closes = treaty.signatureCloses {
            let days = status.asOf.days(until: closes)
            if days >= 0 && days <= config.signatureClosingWithinDays {
                add(
                    .signatureClosing, closes.description, status.asOf,
                    "\(title): the signature period closes in \(days) day\(days == 1 ? "" : "s"), on \(closes); after it, States join by accession."
                )
            }
        }
        return events.sorted { ($0.date, $0.kind, $0.key) < ($1.date, $1.kind, $1.key) }
    }
}
