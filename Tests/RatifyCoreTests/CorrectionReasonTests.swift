import RatifyCore
import Testing

/// ratify's own correction reasons are stored as English text and read
/// back as the same named value; a person's words stay words.
@Suite struct CorrectionReasonTests {
    static let written: [CorrectionReason] = [
        .givenAgain(source: .commandLine, reference: "C.N.101.2026", newReference: false, note: false, newNote: false),
        .givenAgain(source: .file("/data/in put.csv:5"), reference: "C.N.1 and a note", newReference: true, note: true, newNote: false),
        .givenAgain(source: .file("a.csv:2"), reference: nil, newReference: false, note: true, newNote: true),
        .depositaryTable(location: "/tmp/18-12.txt:40", kind: "ratification", date: "2004-07-01"),
    ]

    @Test(arguments: written)
    func ratifysOwnReasonsReadBackAsTheSameValue(_ reason: CorrectionReason) {
        #expect(CorrectionReason(stored: reason.description) == reason)
    }

    @Test func theStoredTextsAreTheOnesHistoryShows() {
        #expect(Self.written[0].description == "'ratify record' gives the reference C.N.101.2026")
        #expect(Self.written[1].description == "/data/in put.csv:5 gives a new reference, C.N.1 and a note and a note")
        #expect(Self.written[3].description == "the depositary's status table (/tmp/18-12.txt:40) shows ratification 2004-07-01")
    }

    @Test(arguments: [
        "typo in the date", "the depositary gives a new date", "x gives nothing", "the depositary's status table (a) shows it",
    ])
    func aPersonsWordsStayWords(_ words: String) {
        #expect(CorrectionReason(stored: words) == .typed(words))
    }
}
