import Foundation
import RatifyCore
import Testing

@Suite struct TreatyDefinitionTests {
    func parse(_ json: String) throws(TreatyDefinitionError) -> TreatyDefinition {
        try TreatyDefinition.parse(Data(json.utf8))
    }

    @Test func theBuiltInHanoiDefinitionEncodesTheConvention() {
        let hanoi = BuiltInTreaties.hanoi
        #expect(hanoi.id == "hanoi" && hanoi.threshold == 40 && !hanoi.reioCounts)
        #expect(hanoi.entryIntoForce == [.days(90)] && hanoi.laterParties == [.days(30)] && hanoi.laterPartiesNotBeforeEIF)
        #expect(hanoi.signatureOpens?.description == "2025-10-25" && hanoi.signatureCloses?.description == "2026-12-31")
        #expect(hanoi.denunciation == [.years(1)])
    }

    @Test func readsEveryConditionKindAndOptionalField() throws {
        let definition = try parse(
            """
            {"id": "kyoto-like", "title": "T", "conditions": [{"count": 55}, {"count": 3, "group": "coe"}, {"share": 0.55, "weight": "ghg"}],
             "reio_counts": true, "entry_into_force": ["+90d"], "later_parties": ["+3m", "first-of-next-month"],
             "later_parties_not_before_eif": false, "signature_opens": "2025-01-01", "signature_closes": "2025-12-31",
             "denunciation": ["+6m"], "groups": {"coe": ["alb", "HRV"]}, "weights": {"ghg": {"CHN": 20.09, "USA": 36.1}}}
            """)
        #expect(definition.conditions == [.count(55, group: nil), .count(3, group: "coe"), .share(0.55, weight: "ghg")])
        #expect(definition.groups["coe"] == ["ALB", "HRV"])
        #expect(definition.laterParties == [.months(3), .firstOfNextMonth] && !definition.laterPartiesNotBeforeEIF)
        #expect(definition.reioCounts && definition.denunciation == [.months(6)])
    }

    @Test func theCanonicalFormReadsBackEqual() throws {
        let encoder = JSONEncoder()
        for definition in [
            BuiltInTreaties.hanoi,
            try parse(#"{"id": "x", "conditions": [{"count": 2, "group": "g"}], "entry_into_force": ["+1y"], "groups": {"g": ["FRA"]}}"#),
        ] {
            #expect(try TreatyDefinition.parse(encoder.encode(definition)) == definition)
        }
    }

    @Test(arguments: [
        (#"{"id": "x", "threshold": 5, "conditions": [{"count": 5}], "entry_into_force": ["+90d"]}"#, "threshold", "not both"),
        (#"{"id": "x", "entry_into_force": ["+90d"]}"#, "threshold", "'conditions'"),
        (#"{"id": "x", "threshold": 5, "entry_into_force": ["+90days"]}"#, "entry_into_force[0]", "+Nd"),
        (#"{"id": "x", "threshold": 5}"#, "entry_into_force", "required"),
        (#"{"id": "X Y", "threshold": 5, "entry_into_force": []}"#, "id", "[a-z0-9-]+"),
        (#"{"id": "x", "threshold": 0, "entry_into_force": []}"#, "threshold", "at least 1"),
        (#"{"id": "x", "threshold": "40", "entry_into_force": []}"#, "threshold", "whole number"),
        (#"{"id": "x", "threshold": 5, "entry_into_force": [], "colour": "red"}"#, "colour", "no such field"),
        (#"{"id": "x", "conditions": [{"count": 3, "group": "coe"}], "entry_into_force": []}"#, "conditions[0].group", "'groups'"),
        (#"{"id": "x", "conditions": [{"share": 0.55, "weight": "ghg"}], "entry_into_force": []}"#, "conditions[0].weight", "'weights'"),
        (
            #"{"id": "x", "conditions": [{"share": 55, "weight": "ghg"}], "weights": {"ghg": {"CHN": 1}}, "entry_into_force": []}"#,
            "conditions[0].share", "fraction"
        ),
        (#"{"id": "x", "conditions": [{"count": 3, "kind": "all"}], "entry_into_force": []}"#, "conditions[0]", "{\"count\": N}"),
        (#"{"id": "x", "threshold": 5, "entry_into_force": [], "groups": {"coe": ["XXX"]}}"#, "groups.coe[0]", "known participants"),
        (
            #"{"id": "x", "threshold": 5, "entry_into_force": [], "signature_opens": "2025-02-30"}"#, "signature_opens",
            "February 2025 has 28 days"
        ),
        (
            #"{"id": "x", "threshold": 5, "entry_into_force": [], "signature_opens": "2025-02-01", "signature_closes": "2025-01-01"}"#,
            "signature_closes", "on or after"
        ),
        (#"{"id": "x", "threshold": 5, "entry_into_force": [], "reio_counts": "no"}"#, "reio_counts", "true or false"),
        (#"[1, 2]"#, "", "a JSON object"),
        (#"{"id": "x", "#, "", "not valid JSON"),
    ])
    func refusesAMalformedDefinitionNamingTheField(_ json: String, _ field: String, _ expected: String) {
        do {
            _ = try parse(json)
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.field == field)
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
