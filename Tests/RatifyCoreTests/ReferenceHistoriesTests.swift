import RatifyCore
import Testing

/// The histories scripts/generate-reference-histories reads from the
/// depositary's tables, checked against what the record is known to say.
@Suite struct ReferenceHistoriesTests {
    func history(_ id: String) throws -> ReferenceHistory {
        try #require(ReferenceHistories.builtIn.histories.first { $0.id == id })
    }

    func dayOf(_ n: Int, in history: ReferenceHistory) -> CivilDate? {
        history.dayOfInstrument(n).flatMap { CivilDate(dayNumber: $0) }
    }

    @Test func theKnownThresholdDatesAreWhereTheTablesPutThem() throws {
        // UNTOC: 40th instrument 1 Jul 2003, 931 days after the first signature.
        let untoc = try history("18-12")
        #expect(untoc.opened == d("2000-12-12") && dayOf(40, in: untoc) == d("2003-07-01"))
        #expect(untoc.opened.days(until: d("2003-07-01")) == 931)
        // UNCAC: 30th on 15 Sep 2005, 646 days after the first signature.
        let uncac = try history("18-14")
        #expect(dayOf(30, in: uncac) == d("2005-09-15") && uncac.opened.days(until: d("2005-09-15")) == 646)
        // Rome Statute: ten deposits on 11 Apr 2002 took it from 56 to 66.
        let rome = try history("18-10")
        #expect(dayOf(57, in: rome) == d("2002-04-11") && dayOf(66, in: rome) == d("2002-04-11"))
        #expect(dayOf(56, in: rome)! < d("2002-04-11") && dayOf(67, in: rome)! > d("2002-04-11"))
    }

    @Test func provisionalApplicationIsNotConsentToBeBound() throws {
        // The Arms Trade Treaty's table has a provisional-application column:
        // 41 instruments of consent, however many declared provisional application.
        let att = try history("26-8")
        #expect(att.instrumentDays.count == 41 && att.signatureDays.count == 118)
        #expect(att.title == "Arms Trade Treaty")
    }

    @Test func anAmendmentWithoutSignaturesStartsAtItsAdoption() throws {
        // "... London, 17 November 1977": accepted, never signed.
        let amendment = try history("12-1-e")
        #expect(amendment.signatureDays.isEmpty && amendment.opened == d("1977-11-17"))
        #expect(amendment.instrumentDays.count == 82)
    }

    @Test func everyHistoryIsSortedAndWithinTheRecord() {
        let references = ReferenceHistories.builtIn
        #expect(references.histories.count == 143 && references.observedUntil == d("2015-03-12"))
        for history in references.histories {
            #expect(history.instrumentDays == history.instrumentDays.sorted(), "\(history.id)")
            #expect(history.signatureDays == history.signatureDays.sorted(), "\(history.id)")
            let last = (history.instrumentDays + history.signatureDays).max().map(Int.init) ?? .min
            #expect(last <= references.observedUntil.dayNumber, "\(history.id)")
            #expect(history.instruments(onOrBefore: references.observedUntil.dayNumber) == history.instrumentDays.count)
        }
        #expect(references.excluding("18-12").histories.count == 142)
    }
}
