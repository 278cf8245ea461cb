import RatifyCore
import Testing

/// Each rule on its own: what it refuses, what it lets through.
@Suite struct RecordRuleTests {
    let hanoi = BuiltInTreaties.hanoi
    let today = d("2026-11-23")

    func violations(_ rule: some RecordRule, _ actions: [ActionRecord]) -> [RuleViolation] {
        rule.violations(in: RecordUnderReview(treaty: hanoi, actions: actions, today: today))
    }

    @Test func dateNotAfterToday() {
        #expect(violations(DateNotAfterToday(), [act("FRA", .signature, "2026-11-23")]).isEmpty)
        let found = violations(DateNotAfterToday(), [act("FRA", .signature, "2026-11-24")])
        #expect(found.map(\.message) == [.dateAfterToday(today: today)])
    }

    @Test func oneSignature() {
        #expect(violations(OneSignature(), [act("FRA", .signature, "2025-10-25"), act("DEU", .signature, "2025-10-25")]).isEmpty)
        let found = violations(OneSignature(), [act("FRA", .signature, "2025-10-25"), act("FRA", .signature, "2025-11-01")])
        #expect(Set(found.map(\.message)) == [.alreadySigned(others: [d("2025-10-25")]), .alreadySigned(others: [d("2025-11-01")])])
    }

    @Test func signatureWithinPeriod() {
        #expect(violations(SignatureWithinPeriod(), [act("FRA", .signature, "2025-10-25"), act("DEU", .signature, "2026-12-31")]).isEmpty)
        #expect(violations(SignatureWithinPeriod(), [act("FRA", .signature, "2025-10-24")]).count == 1)
        #expect(
            violations(SignatureWithinPeriod(), [act("FRA", .signature, "2027-01-01")]).map(\.message) == [
                .signatureOutsidePeriod(opens: d("2025-10-25"), closes: d("2026-12-31"))
            ])
        let open = definition(#"{"id": "t", "threshold": 1, "entry_into_force": []}"#)
        #expect(
            SignatureWithinPeriod().violations(
                in: RecordUnderReview(treaty: open, actions: [act("FRA", .signature, "1990-01-01")], today: today)
            ).isEmpty)
    }

    @Test func signatureBeforeConsent() {
        #expect(
            violations(SignatureBeforeConsent(), [act("FRA", .signature, "2025-10-25"), act("FRA", .ratification, "2025-10-25")]).isEmpty)
        #expect(
            violations(SignatureBeforeConsent(), [act("FRA", .accession, "2026-01-01"), act("DEU", .succession, "2026-01-01")]).isEmpty)
        #expect(violations(SignatureBeforeConsent(), [act("FRA", .approval, "2026-01-01")]).map(\.message) == [.noSignature(.approval)])
        #expect(
            violations(SignatureBeforeConsent(), [act("FRA", .signature, "2026-02-01"), act("FRA", .acceptance, "2026-01-01")]).map(
                \.message) == [.signatureAfterDeposit(signature: d("2026-02-01"), .acceptance)])
    }

    @Test func oneConsentInEffect() {
        #expect(
            violations(
                OneConsentInEffect(),
                [act("FRA", .accession, "2020-01-01"), act("FRA", .denunciation, "2021-01-01"), act("FRA", .accession, "2023-01-01")]
            ).isEmpty)
        let found = violations(OneConsentInEffect(), [act("FRA", .accession, "2020-01-01"), act("FRA", .accession, "2021-01-01")])
        #expect(
            found.map(\.message) == [
                .alreadyBound(by: .accession, on: d("2020-01-01")), .secondInstrument(.accession, on: d("2021-01-01")),
            ])
        #expect(found.map(\.action.date) == [d("2021-01-01"), d("2020-01-01")])
    }

    @Test func denunciationNeedsConsent() {
        #expect(
            violations(DenunciationNeedsConsent(), [act("FRA", .accession, "2020-01-01"), act("FRA", .denunciation, "2021-01-01")]).isEmpty)
        #expect(violations(DenunciationNeedsConsent(), [act("FRA", .denunciation, "2021-01-01")]).map(\.message) == [.nothingToDenounce])
        #expect(
            violations(DenunciationNeedsConsent(), [act("FRA", .accession, "2021-01-01"), act("FRA", .denunciation, "2021-01-01")]).map(
                \.message) == [.nothingToDenounce])
        #expect(
            violations(
                DenunciationNeedsConsent(),
                [act("FRA", .accession, "2020-01-01"), act("FRA", .denunciation, "2021-01-01"), act("FRA", .denunciation, "2022-01-01")]
            ).map(\.message) == [.alreadyDenounced])
    }

    @Test func aChangeIsRefusedOnlyForWhatItBreaks() {
        // The record on file already breaks a rule (signed outside a later-narrowed period); a new, valid action is still accepted.
        let existing = [act("FRA", .signature, "2025-10-24", id: 1)]
        let before = RecordUnderReview(treaty: hanoi, actions: existing, today: today)
        let after = RecordUnderReview(treaty: hanoi, actions: existing + [act("DEU", .signature, "2025-10-25")], today: today)
        #expect(RecordRules.introduced(from: before, to: after).isEmpty)
        let worse = RecordUnderReview(treaty: hanoi, actions: existing + [act("DEU", .ratification, "2026-01-01", line: 7)], today: today)
        let found = RecordRules.introduced(from: before, to: worse)
        #expect(found.count == 1)
        #expect(
            BrokenRules(violations: found).messages == [
                "test:7: Germany (DEU) ratification 2026-01-01: no signature is recorded; a ratification needs one on or before the deposit date (record the signature first, or record an accession, which needs none)"
            ])
    }
}
