import Testing

@testable import RatifyCore

@Suite struct ParticipantDirectoryTests {
    let directory = ParticipantDirectory.builtIn

    @Test func holdsEveryUNMemberTheObserversAndTheEU() {
        let states = directory.participants.filter { $0.kind == .state }
        let groups = Dictionary(grouping: states, by: \.group).mapValues(\.count)
        #expect(directory.participants.count == 306 && states.count == 197)
        #expect(directory["EUU"]?.isREIO == true && directory["EUU"]?.group == .reio)
        #expect(directory["VAT"]?.name == "Holy See" && directory["PSE"]?.name == "State of Palestine")
        #expect(directory["COK"] != nil && directory["NIU"] != nil)
        #expect(groups[.african] == 54)
    }

    @Test(arguments: [
        ("vnm", "VNM"), ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("Turkey", "TUR"),
        ("Iran (Islamic Republic of)", "IRN"), ("Iran", "IRN"), ("Czech Republic", "CZE"), ("Czechia", "CZE"),
        ("Laos", "LAO"), ("Ivory Coast", "CIV"), ("cote d'ivoire", "CIV"), ("CÔTE D’IVOIRE", "CIV"), ("EU", "EUU"),
        ("European Union", "EUU"), ("  Bolivia (Plurinational State of) ", "BOL"), ("Lao People's Democratic Republic", "LAO"),
    ])
    func findsByCodeNameOrAliasIgnoringCaseAccentsAndPunctuation(_ text: String, _ code: String) throws {
        #expect(try directory.lookup(text).code == code)
    }

    @Test func anUnknownNameListsTheClosestKnownOnes() {
        #expect(throws: UnknownParticipant.self) { try directory.lookup("Frnace") }
        do {
            _ = try directory.lookup("Frnace")
        } catch {
            #expect(error.suggestions.first == "France")
            #expect(error.description.contains("did you mean 'France'"))
        }
    }

    @Test func theASCIIFastPathFoldsLikeFoundation() {
        for participant in ParticipantDirectory.builtIn.participants {
            for name in [participant.name] + participant.aliases where name.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(ParticipantDirectory.foldASCII(name) == ParticipantDirectory.foldWithFoundation(name), "\(name)")
            }
        }
        #expect(ParticipantDirectory.foldASCII("Trinidad & Tobago") == ParticipantDirectory.foldWithFoundation("Trinidad & Tobago"))
    }

    @Test func foldingRemovesCaseAccentsAndPunctuation() {
        #expect(ParticipantDirectory.fold("Côte d'Ivoire") == "cote divoire")
        #expect(ParticipantDirectory.fold("Guinea-Bissau") == "guinea bissau")
        #expect(ParticipantDirectory.fold("Iran (Islamic Republic of)") == "iran islamic republic of")
    }
}
