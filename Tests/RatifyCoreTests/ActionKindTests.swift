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

    @Test func parsesAnyCaseAndNamesTheValidOnes() throws {
        #expect(try ActionKind.parse("Ratification") == .ratification)
        #expect(throws: ActionError(text: "ratify")) { try ActionKind.parse("ratify") }
        #expect(
            ActionError(text: "x").description.hasSuffix(
                "signature, ratification, acceptance, approval, accession, succession, denunciation"))
    }
}
