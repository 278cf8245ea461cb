import Testing

@testable import RatifyCore

@Suite struct ActionKindTests {
    /// Same-day actions take effect in declaration order: a signature
    /// before the ratification that confirms it, a denunciation last.
    @Test func kindsSortInDeclarationOrderAndByRankIsThatOrder() {
        #expect(ActionKind.allCases.sorted() == ActionKind.allCases)
        #expect(ActionKind.byRank == ActionKind.allCases)
        #expect(ActionKind.allCases.map(\.rank) == Array(0..<ActionKind.allCases.count))
        #expect(ActionKind.signature < .ratification && .succession < .denunciation && !(ActionKind.approval < .approval))
    }

    /// The depositary's kinds: consent to be bound counts like the five
    /// instruments; provisional application and application never do.
    @Test func onlyInstrumentsOfConsentCount() throws {
        #expect(
            ActionKind.allCases.filter(\.isConsent) == [.ratification, .acceptance, .approval, .accession, .succession, .consentToBeBound])
        #expect(try ActionKind.parse("Provisional-Application") == .provisionalApplication)
        #expect(ActionKind.needingSignatureByDefault == [.ratification, .acceptance, .approval])
    }

    @Test func parsesAnyCaseAndNamesTheValidOnes() throws {
        #expect(try ActionKind.parse("Ratification") == .ratification)
        #expect(throws: ActionError(text: "ratify")) { try ActionKind.parse("ratify") }
        #expect(
            ActionError(text: "x").description.hasSuffix(
                "signature, ratification, acceptance, approval, accession, succession, consent-to-be-bound, provisional-application, application, denunciation"
            ))
    }
}
