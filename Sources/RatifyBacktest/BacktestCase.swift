import RatifyCore

/// One forecast to score: a reference treaty cut some months after its first
/// signature, and the real date its N-th instrument was deposited.
struct BacktestCase {
    var history: ReferenceHistory
    var months: Int
    var cut: CivilDate
    var threshold: Int
    var realDay: Int

    /// The cases: every treaty whose first signature is in 1970 or
    /// later with at least 20 instruments; N = 40, or 20 where it never
    /// reached 40; cut 12 and 24 months after the first signature, each cut
    /// kept only where the N-th instrument came after it. A table without
    /// signatures (an amendment) has no first signature and gives no case.
    static func cases(from references: ReferenceHistories) -> [BacktestCase] {
        let since1970 = CivilDate(year: 1970, month: 1, day: 1)!.dayNumber
        var cases: [BacktestCase] = []
        for history in references.histories {
            guard let first = history.signatureDays.first, Int(first) >= since1970,
                history.instrumentDays.count >= 20,
                let opened = CivilDate(dayNumber: Int(first))
            else { continue }
            let threshold = history.instrumentDays.count >= 40 ? 40 : 20
            let real = Int(history.instrumentDays[threshold - 1])
            for months in [12, 24] {
                let cut = opened.adding(months: months)
                if real > cut.dayNumber {
                    cases.append(BacktestCase(history: history, months: months, cut: cut, threshold: threshold, realDay: real))
                }
            }
        }
        return cases
    }

    var opened: CivilDate { CivilDate(dayNumber: Int(history.signatureDays[0]))! }
    var age: Int { opened.days(until: cut) }
    var instrumentsAtCut: Int { history.instruments(onOrBefore: cut.dayNumber) }
    var signaturesAtCut: Int { history.signatures(onOrBefore: cut.dayNumber) }

    /// The treaty as the forecast sees it on the cut: a definition with the
    /// threshold (entry into force on the day it is reached) and what was on
    /// record by then, one participant per signature and per instrument.
    var treaty: TreatyDefinition {
        var treaty = BuiltInTreaties.hanoi
        treaty.id = "backtest"
        treaty.title = history.title
        treaty.conditions = [.count(threshold, group: nil)]
        treaty.entryIntoForce = []
        treaty.laterParties = nil
        treaty.signatureOpens = opened
        treaty.signatureCloses = nil
        return treaty
    }

    var actionsAtCut: [ActionRecord] {
        let day = cut.dayNumber
        let signatures = history.signatureDays.prefix { Int($0) <= day }.enumerated().map { index, date in
            ActionRecord(participant: "S\(index)", kind: .signature, date: CivilDate(dayNumber: Int(date))!)
        }
        let instruments = history.instrumentDays.prefix { Int($0) <= day }.enumerated().map { index, date in
            ActionRecord(participant: "I\(index)", kind: .accession, date: CivilDate(dayNumber: Int(date))!)
        }
        return signatures + instruments
    }
}
