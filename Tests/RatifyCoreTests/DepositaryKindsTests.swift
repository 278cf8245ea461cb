import Foundation
import RatifyCore
import Testing

/// The depositary's kinds and what a definition says of signatures: consent
/// to be bound counts, provisional application and application never do, and
/// an amendment's acceptance needs no signature when its definition says so.
@Suite struct DepositaryKindsTests {
    let open = definition(#"{"id": "t", "threshold": 2, "entry_into_force": ["+90d"]}"#)

    @Test func provisionalApplicationAndApplicationNeverCount() {
        let actions = [
            act("FRA", .provisionalApplication, "2020-01-01"), act("DEU", .application, "2020-01-01"),
            act("ITA", .consentToBeBound, "2020-02-01"), act("ESP", .accession, "2020-03-01"),
        ]
        let status = Engine.status(of: open, actions: actions, asOf: d("2021-01-01"))
        #expect(status.instruments == 2 && status.counted == 2 && status.signatories == 0)
        #expect(status.thresholdReachedOn == d("2020-03-01"))
        #expect(status.participants.map(\.state) == ["DEU", "ESP", "FRA", "ITA"])
        #expect(status.participants.first { $0.state == "FRA" }?.consent == nil)
        // Beside an instrument, a provisional application is no second instrument.
        let both = [act("FRA", .provisionalApplication, "2020-01-01"), act("FRA", .accession, "2020-06-01")]
        #expect(RecordRules.violations(in: RecordUnderReview(treaty: open, actions: both, today: d("2021-01-01"))).isEmpty)
    }

    @Test func aDefinitionSaysWhichInstrumentsNeedASignature() throws {
        let acceptance = [act("FRA", .acceptance, "2020-01-01")]
        let rule = SignatureBeforeConsent()
        #expect(rule.violations(in: RecordUnderReview(treaty: open, actions: acceptance, today: d("2021-01-01"))).count == 1)
        let amendment = definition(#"{"id": "a", "threshold": 2, "entry_into_force": [], "consent_needs_signature": []}"#)
        #expect(amendment.kindsNeedingSignature.isEmpty)
        #expect(rule.violations(in: RecordUnderReview(treaty: amendment, actions: acceptance, today: d("2021-01-01"))).isEmpty)
        let strict = definition(#"{"id": "s", "threshold": 2, "entry_into_force": [], "consent_needs_signature": ["accession"]}"#)
        #expect(
            rule.violations(in: RecordUnderReview(treaty: strict, actions: [act("FRA", .accession, "2020-01-01")], today: d("2021-01-01")))
                .map(\.message) == [.noSignature(.accession)])
        // Written back only when given, so a definition without it reads back the same.
        let encoded = String(decoding: try JSONEncoder().encode(amendment), as: UTF8.self)
        #expect(encoded.contains(#""consent_needs_signature":[]"#))
        #expect(try TreatyDefinition.parse(Data(encoded.utf8)) == amendment)
        #expect(!String(decoding: try JSONEncoder().encode(open), as: UTF8.self).contains("consent_needs_signature"))
    }

    @Test func consentNeedsSignatureNamesInstrumentsOfConsent() {
        for bad in [#"["signature"]"#, #"["ratify"]"#, #""ratification""#] {
            #expect {
                try TreatyDefinition.parse(
                    Data(#"{"id": "t", "threshold": 1, "entry_into_force": [], "consent_needs_signature": \#(bad)}"#.utf8))
            } throws: { error in
                (error as? TreatyDefinitionError)?.description.contains("consent_needs_signature") == true
            }
        }
    }

    /// The warning of a depositary fact says what is wrong, not how a
    /// person should type it differently.
    @Test func aDepositaryFactsWarningNamesTheParticipantTheRuleAndTheRow() {
        let violation = RuleViolation(
            action: act("SYR", .ratification, "1959-03-26", line: 78), rule: "signature-before-consent",
            message: .noSignature(.ratification))
        #expect(violation.acceptableFromDepositary)
        #expect(
            violation.depositaryLine(name: "Syrian Arab Republic", tag: "warning")
                == "test:78: warning: Syrian Arab Republic (SYR) ratification 1959-03-26: no signature is recorded; a ratification needs one on or before the deposit date (signature-before-consent); recorded as the depositary states it"
        )
        let future = RuleViolation(
            action: act("FRA", .signature, "2031-01-01"), rule: "date-not-after-today", message: .dateAfterToday(today: d("2026-01-01")))
        #expect(future.acceptableFromDepositary)  // the depositary's word is never refused
    }

    @Test func theDiffComparesEveryFactOfARow() {
        let france = ParticipantDirectory.builtIn["FRA"]!
        let entry = DepositaryEntry(
            line: 2, writtenName: "France", participant: france,
            facts: [
                .init(kind: .signature, date: d("1992-12-29")), .init(kind: .provisionalApplication, date: d("1992-12-29"), suffix: "n"),
                .init(kind: .consentToBeBound, date: d("1993-01-05"), suffix: "P", label: "Consent to be bound"),
            ])
        let fresh = DepositaryDiff.compare([entry], treaty: "t", inEffect: [], source: "in.csv")
        #expect(fresh.newActions.map(\.action.kind) == [.signature, .provisionalApplication, .consentToBeBound])
        #expect(fresh.newActions.last?.action.note == "consent to be bound (depositary table)")
        let recorded = [act("FRA", .signature, "1992-12-29", id: 1), act("FRA", .provisionalApplication, "1992-12-30", id: 2)]
        let again = DepositaryDiff.compare([entry], treaty: "t", inEffect: recorded, source: "in.csv")
        #expect(
            again.unchanged == 1 && again.conflicts.map(\.recorded.id) == [2] && again.newActions.map(\.action.kind) == [.consentToBeBound])
    }
}
