import Foundation
import RatifyCore
import RatifyFormats
import Testing

/// The samples under fixtures/untc/ are written for these tests. Their
/// signature dates are those the reference file states for the Hanoi
/// Convention; every consent date in them is scenario data.
@Suite struct UNTCTableReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/untc")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    let reader = UNTCTableReader(source: "in.txt")

    func date(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    func problems(_ text: String) -> [String] {
        do {
            _ = try reader.read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func entry(_ entries: [DepositaryEntry], _ code: String) throws -> DepositaryEntry {
        try #require(entries.first { $0.participant.code == code }, "no row for \(code)")
    }

    static let hanoiHeader = "Participant\tSignature\tAcceptance(A), Ratification, Approval(AA), Accession(a)"

    // MARK: Detection

    @Test func detectsTheInputKindByContent() throws {
        #expect(UNTCTableReader.detect(try Self.fixture("hanoi-status.txt")) == .text)
        #expect(UNTCTableReader.detect(try Self.fixture("hanoi-status-noheader.txt")) == .text)
        #expect(UNTCTableReader.detect(try Self.fixture("hanoi-status.html")) == .html)
        #expect(UNTCTableReader.detect(try Self.fixture("XVIII-16.en.xml")) == .xml)
        #expect(UNTCTableReader.detect("\u{FEFF}  <?xml version=\"1.0\"?>\n<Treaty><Participants><Table/></Participants></Treaty>") == .xml)
        #expect(UNTCTableReader.detect("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html><body></body></html>") == .html)
        #expect(UNTCTableReader.detect("<table><tr><td>Participant</td></tr></table>") == .html)
        #expect(UNTCTableReader.detect("Viet Nam\t25 Oct 2025\t") == .text)
    }

    // MARK: Text copied from the browser

    @Test func readsTheCopiedTableWithItsHeader() throws {
        let entries = try reader.read(try Self.fixture("hanoi-status.txt"))
        #expect(entries.count == 17)
        #expect(
            entries.first
                == DepositaryEntry(
                    line: 2, writtenName: "Algeria", participant: try entry(entries, "DZA").participant,
                    signature: date("2025-10-25"), consent: nil))

        let australia = try entry(entries, "AUS")
        #expect(australia.consent == .init(kind: .acceptance, date: date("2026-04-14"), suffix: "A"))

        let brazil = try entry(entries, "BRA")  // leading-space date, no suffix
        #expect(brazil.line == 6 && brazil.consent == .init(kind: .ratification, date: date("2026-02-09"), suffix: ""))

        let mauritius = try entry(entries, "MUS")
        #expect(mauritius.signature == date("2025-11-19") && mauritius.consent == nil)
        #expect(try entry(entries, "MLI").signature == date("2025-10-26"))
        #expect(try entry(entries, "CIV").writtenName == "Côte d'Ivoire")
        #expect(try entry(entries, "TUR").writtenName == "Türkiye")

        // A consent cell split at a tab: "7 May 2026<TAB>A".
        #expect(try entry(entries, "JAM").consent == .init(kind: .acceptance, date: date("2026-05-07"), suffix: "A"))

        // Declarations after the table end it: Belgium and the Netherlands are not read twice.
        #expect(Set(entries.map(\.participant.code)).count == entries.count)
        #expect(entries.last?.participant.code == "VNM" && entries.last?.line == 18)
    }

    @Test func footnoteDigitsAreRemovedFromNames() throws {
        let entries = try reader.read(try Self.fixture("hanoi-status.txt"))
        let belarus = try entry(entries, "BLR")
        #expect(belarus.writtenName == "Belarus" && belarus.line == 4 && belarus.consent == nil)
        let belgium = try entry(entries, "BEL")
        #expect(belgium.writtenName == "Belgium" && belgium.line == 5)
        #expect(belgium.consent == .init(kind: .approval, date: date("2026-06-02"), suffix: "AA"))
        let netherlands = try entry(entries, "NLD")
        #expect(netherlands.writtenName == "Netherlands (Kingdom of the)" && netherlands.line == 15)
        #expect(netherlands.signature == nil)
        #expect(netherlands.consent == .init(kind: .accession, date: date("2026-04-03"), suffix: "a"))
        // A non-breaking space inside the name, and a footnote after it.
        #expect(try entry(entries, "VNM").writtenName == "Viet Nam")

        let superscripts = try reader.read("Belarus⁷\t25 Oct 2025\t\nBelgium ², ³\t25 Oct 2025\t\n")
        #expect(superscripts.map(\.writtenName) == ["Belarus", "Belgium"])
    }

    @Test func theEuropeanUnionIsAnOrdinaryRow() throws {
        let entries = try reader.read(try Self.fixture("hanoi-status.txt"))
        let union = try entry(entries, "EUU")
        #expect(union.participant.isREIO && union.writtenName == "European Union" && union.line == 9)
        #expect(union.signature == date("2025-10-25"))
        #expect(union.consent == .init(kind: .approval, date: date("2026-06-02"), suffix: "AA"))
    }

    @Test func withoutAHeaderTheColumnsAreParticipantSignatureConsent() throws {
        let withHeader = try reader.read(try Self.fixture("hanoi-status.txt"))
        let without = try reader.read(try Self.fixture("hanoi-status-noheader.txt"))
        #expect(without.count == withHeader.count)
        for (a, b) in zip(without, withHeader) {
            #expect(a.line == b.line - 1)
            #expect(a.participant == b.participant && a.writtenName == b.writtenName)
            #expect(a.signature == b.signature && a.consent == b.consent)
        }
    }

    @Test func aHeaderInAnotherOrderLocatesTheColumns() throws {
        let entries = try reader.read(try Self.fixture("bbnj-style-header.txt"))
        #expect(entries.count == 8)
        let australia = try entry(entries, "AUS")
        #expect(australia.line == 3 && australia.signature == date("2025-10-25"))
        #expect(australia.consent == .init(kind: .acceptance, date: date("2026-04-14"), suffix: "A"))
        let algeria = try entry(entries, "DZA")
        #expect(algeria.signature == date("2025-10-25") && algeria.consent == nil)
        #expect(try entry(entries, "MUS").signature == date("2025-11-19"))
        let netherlands = try entry(entries, "NLD")
        #expect(netherlands.signature == nil && netherlands.consent?.kind == .accession)
        #expect(try entry(entries, "VNM").consent == .init(kind: .ratification, date: date("2026-01-20"), suffix: ""))
    }

    @Test func eachSuffixMapsToItsAction() throws {
        let text = """
            Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d), Formal confirmation(c), Definitive signature(s)
            Algeria\t25 Oct 2025\t 1 Jun 2026
            Angola\t25 Oct 2025\t 2 Jun 2026 A
            Australia\t25 Oct 2025\t 3 Jun 2026 AA
            Japan\t\t 4 Jun 2026 a
            Montenegro\t\t 5 Jun 2026 d
            European Union\t25 Oct 2025\t 6 Jun 2026 c
            Austria\t\t 7 Jun 2026 s
            Brazil\t25 Oct 2025\t 8 Jun 2026 s

            """
        let entries = try reader.read(text)
        #expect(entries.map(\.consent?.suffix) == ["", "A", "AA", "a", "d", "c", "s", "s"])
        #expect(
            entries.map(\.consent?.kind) == [
                .ratification, .acceptance, .approval, .accession, .succession,
                .ratification, .ratification, .ratification,
            ])
        #expect(entries.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
        // Accession and succession carry no signature.
        #expect(entries[3].signature == nil && entries[4].signature == nil)
        // A definitive signature with an empty Signature cell signs on the same day ...
        #expect(entries[6].signature == date("2026-06-07"))
        // ... and one beside a signature keeps that signature.
        #expect(entries[7].signature == date("2025-10-25"))
    }

    @Test func withoutAHeaderOrBeyondItTheStandardLegendApplies() throws {
        let entries = try reader.read("Montenegro\t\t 5 Jun 2026 d\nEuropean Union\t25 Oct 2025\t 6 Jun 2026 c\nAustria\t\t 7 Jun 2026 s\n")
        #expect(entries.map(\.consent?.kind) == [.succession, .ratification, .ratification])
        #expect(entries[2].signature == date("2026-06-07"))
        // The Hanoi header names A, AA and a; d is still the standard succession.
        let hanoi = try reader.read(Self.hanoiHeader + "\nMontenegro\t\t 5 Jun 2026 d\n")
        #expect(hanoi.first?.consent?.kind == .succession)
    }

    @Test func datesAreWrittenTheDepositarysWay() throws {
        let entries = try reader.read(
            "Chile\t 4 Mar 2024\t\nCuba\t4 Mar 2024\t\nEgypt\t\u{00A0}4\u{00A0}Mar\u{00A0}2024\t\nFrance\t04 mar 2024\t\n")
        #expect(entries.allSatisfy { $0.signature == date("2024-03-04") })
    }

    @Test func aCellSplitAtATabOrWithEmptyCellsBesideIt() throws {
        let entries = try reader.read(
            Self.hanoiHeader + "\r\nChile\t25 Oct 2025\t 4 Mar 2026\t\tA\r\nCuba\t\t\t 4 Mar 2026 a\r\nGhana\t25 Oct 2025\t\t\t\r\n")
        #expect(entries.map(\.line) == [2, 3, 4])
        #expect(entries[0].consent == .init(kind: .acceptance, date: date("2026-03-04"), suffix: "A"))
        #expect(entries[1].signature == nil && entries[1].consent?.kind == .accession)
        #expect(entries[2].signature == date("2025-10-25") && entries[2].consent == nil)
    }

    @Test func blankLinesAndTitleLinesBeforeTheTableAreSkipped() throws {
        let text =
            "\n16. United Nations Convention against Cybercrime\nNew York, 24 December 2024\n\n" + Self.hanoiHeader
            + "\n\nAlgeria\t25 Oct 2025\t\n\n\nAngola\t25 Oct 2025\t\n"
        let entries = try reader.read(text)
        #expect(entries.map(\.line) == [7, 10])
    }

    // MARK: The saved HTML page

    @Test func readsTheSavedHTMLPage() throws {
        let entries = try UNTCTableReader(source: "hanoi-status.html").read(try Self.fixture("hanoi-status.html"))
        #expect(entries.count == 12)
        #expect(entries.map(\.participant.code) == ["DZA", "AUS", "BLR", "BEL", "BRA", "CIV", "EUU", "GHA", "MUS", "NLD", "TUR", "VNM"])
        #expect(entries.map(\.line) == [43, 44, 45, 46, 47, 48, 49, 50, 51, 56, 57, 58])
        #expect(entries.map(\.writtenName).contains("Côte d'Ivoire") && entries.map(\.writtenName).contains("Türkiye"))
        #expect(try entry(entries, "BLR").writtenName == "Belarus" && entry(entries, "BLR").consent == nil)
        #expect(try entry(entries, "BEL").consent == .init(kind: .approval, date: date("2026-06-02"), suffix: "AA"))
        #expect(try entry(entries, "BRA").consent == .init(kind: .ratification, date: date("2026-02-09"), suffix: ""))
        #expect(try entry(entries, "NLD").writtenName == "Netherlands (Kingdom of the)")
        #expect(try entry(entries, "VNM").writtenName == "Viet Nam")
        #expect(try entry(entries, "MUS").signature == date("2025-11-19"))
        // The same rows as the copied text.
        let text = try reader.read(try Self.fixture("hanoi-status.txt"))
        for html in entries {
            let copied = try entry(text, html.participant.code)
            #expect(html.signature == copied.signature && html.consent == copied.consent && html.writtenName == copied.writtenName)
        }
    }

    @Test func htmlEntitiesTagsAndNestedTables() throws {
        let page = """
            <html><body><table><tr><td>
            <table class="grid">
            <thead><tr><th>Participant</th><th>Signature</th><th>Ratification, Accession(a)</th></tr></thead>
            <tr><td>C&ocirc;te d&rsquo;Ivoire<sup>5</sup></td><td>25&#x20;Oct&#32;2025</td><td>&nbsp;</td>
            <tr><td>T&uuml;rkiye</td><td>25 Oct 2025<td>&#160;4 Mar 2026 <!-- a comment --> a
            <tr><td><span>Bosnia &amp; Herzegovina</span></td><td></td><td><![CDATA[ 5 Mar 2026]]></td></tr>
            </table>
            </td></tr></table></body></html>
            """
        let entries = try reader.read(page)
        #expect(entries.map(\.writtenName) == ["Côte d’Ivoire", "Türkiye", "Bosnia & Herzegovina"])
        #expect(entries.map(\.participant.code) == ["CIV", "TUR", "BIH"])
        #expect(entries.map(\.line) == [4, 5, 6])
        #expect(entries[1].consent == .init(kind: .accession, date: date("2026-03-04"), suffix: "a"))
        #expect(entries[2].consent?.date == date("2026-03-05"))
    }

    @Test func aPageWithoutTheStatusTableIsRefused() {
        #expect(
            problems("<!DOCTYPE html><html><body><table><tr><td>Home</td></tr></table></body></html>")
                == [
                    "in.txt: found no status table in the HTML page: expected a <table> whose header row has the cells 'Participant' and 'Signature'; save the treaty's status page from the UN Treaty Collection and try again, or copy the table's text instead"
                ])
    }

    // MARK: The MTDSG XML

    @Test func readsTheMTDSGXML() throws {
        let entries = try UNTCTableReader(source: "XVIII-16.en.xml").read(try Self.fixture("XVIII-16.en.xml"))
        #expect(entries.count == 12)
        #expect(entries.first?.line == 29 && entries.last?.line == 44)
        #expect(try entry(entries, "MUS").line == 36)
        #expect(try entry(entries, "BEL").writtenName == "Belgium")
        #expect(try entry(entries, "BEL").consent == .init(kind: .approval, date: date("2026-06-02"), suffix: "AA"))
        #expect(try entry(entries, "CIV").writtenName == "Côte d'Ivoire")
        #expect(try entry(entries, "NLD").consent == .init(kind: .accession, date: date("2026-04-03"), suffix: "a"))
        #expect(try entry(entries, "EUU").participant.isREIO)
        let text = try reader.read(try Self.fixture("hanoi-status.txt"))
        for xml in entries {
            let copied = try entry(text, xml.participant.code)
            #expect(xml.signature == copied.signature && xml.consent == copied.consent && xml.writtenName == copied.writtenName)
        }
    }

    @Test func xmlWithoutAHeaderRowReadsTheParticipantsTable() throws {
        let xml = """
            <?xml version="1.0"?>
            <Treaty><Participants><Table><TGroup cols="3"><Tbody><Rows>
            <Row><Entry>Chile<superscript>2</superscript></Entry><Entry>25 Oct 2025</Entry><Entry>
              4 Mar 2026 A</Entry></Row>
            </Rows></Tbody></TGroup></Table></Participants></Treaty>
            """
        let entries = try reader.read(xml)
        #expect(
            entries == [
                DepositaryEntry(
                    line: 3, writtenName: "Chile", participant: try entry(entries, "CHL").participant,
                    signature: date("2025-10-25"),
                    consent: .init(kind: .acceptance, date: date("2026-03-04"), suffix: "A"))
            ])
    }

    // MARK: Problems

    @Test func theMalformedSampleReportsEachProblemOnItsLine() throws {
        let text = try Self.fixture("malformed.txt")
        let found: [ImportProblem]
        do {
            _ = try UNTCTableReader(source: "malformed.txt").read(text)
            Issue.record("expected problems")
            return
        } catch {
            found = error.problems
        }
        // Line 5's unknown letter is a notice, not a problem (see unknownLettersAreSkippedWithOneNotice).
        #expect(found.map(\.line) == [3, 4, 6, 8])
        #expect(found[0].description == "malformed.txt:3: 31 Feb 2024 is not a real calendar date: February 2024 has 29 days")
        #expect(
            found[1].description
                == "malformed.txt:4: '25 Oc' in the Signature column is not a complete date (day, month abbreviation and year, e.g. 25 Oct 2025 or 4 Mar 2024): the row looks cut short; copy the whole row again from the status table"
        )
        #expect(found[2].description.hasPrefix("malformed.txt:6: unknown participant 'Frnace': did you mean 'France'"))
        #expect(found[3].description == "malformed.txt:8: Algeria is listed twice (first on line 2): keep one row per participant")
    }

    @Test func anUnknownNameListsTheClosestKnownNames() {
        let found = problems("Algeria\t25 Oct 2025\t\nFrnace3\t25 Oct 2025\t\nBelgum2,3\t25 Oct 2025\t 2 Jun 2026 AA\n")
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("in.txt:2: unknown participant 'Frnace': did you mean 'France'"))
        #expect(found[1].hasPrefix("in.txt:3: unknown participant 'Belgum': did you mean 'Belgium'"))
    }

    @Test func malformedDatesAndSuffixes() {
        let found = problems(
            Self.hanoiHeader
                + "\nChile\t25 Okt 2025\t\nEgypt\t25 Oct 2025\t 4 Mar 2026 A extra\nFrance\t25 Oct 2025\t 0 Mar 2026\n"
        )
        #expect(
            found == [
                "in.txt:2: '25 Okt 2025' in the Signature column is not a date as the depositary writes it (day, month abbreviation and year, e.g. 25 Oct 2025 or 4 Mar 2024): correct the date",
                "in.txt:3: '4 Mar 2026 A extra' in the column 'Acceptance(A), Ratification, Approval(AA), Accession(a)' has text after the date and its suffix: a cell holds one date, optionally followed by one suffix such as A or a; remove 'extra'",
                "in.txt:4: 0 Mar 2026 is not a real calendar date: there is no day 0",
            ])
    }

    @Test func anEmptyInputOrOneWithoutRowsIsRefused() {
        #expect(
            problems("") == [
                "in.txt: the input is empty: paste the status table from the UN Treaty Collection page (Participant, Signature and consent columns, separated by tabs), or give it saved as CSV, the saved HTML page or the MTDSG XML"
            ])
        #expect(problems(" \n\t\n") == problems(""))
        #expect(problems(Self.hanoiHeader + "\n").first?.hasPrefix("in.txt: found no participant rows in the text input") == true)
        // A CSV header alone: the example is a CSV row, not a tab-separated one.
        let csvOnly = problems("Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a)\"\n").first ?? ""
        #expect(csvOnly.contains("found no participant rows in the csv input") && csvOnly.contains("'Viet Nam,25 Oct 2025,'"), "\(csvOnly)")
    }

    @Test func aRowWithoutTabsIsReported() {
        #expect(
            problems("Algeria\t25 Oct 2025\t\nChile 25 Oct 2025\n") == [
                "in.txt:2: no tab separates the cells of 'Chile 25 Oct 2025': copy the status table from the browser again so that the cells stay separated by tabs (Participant<TAB>Signature<TAB>consent)"
            ])
    }

    @Test func anEmptyParticipantCellAndExtraCellsAreReported() {
        #expect(
            problems("Algeria\t25 Oct 2025\t\n\t25 Oct 2025\t\nChile\t25 Oct 2025\t 4 Mar 2026\tnote\n") == [
                "in.txt:2: the Participant cell is empty: each row starts with the participant's name as the depositary writes it",
                "in.txt:3: this row has 4 cells but the table has 3 columns (Participant, Signature, consent); the extra cells are 'note': remove them, or start the file with the table's header line so that the columns are known",
            ])
    }

    @Test func aColumnNamingNothingRatifyRecordsIsSkippedWithOneNotice() throws {
        let reading = try reader.readTable(
            "Participant\tSignature\tExtension\tRatification\nChile\t25 Oct 2025\t4 Mar 2026\t\nCuba\t\t5 Mar 2026\t6 Mar 2026\n")
        #expect(reading.entries.map(\.facts.count) == [1, 1])
        #expect(reading.entries[1].consent == .init(kind: .ratification, date: date("2026-03-06"), suffix: ""))
        #expect(
            reading.notices.map(\.description) == [
                "in.txt:1: the column 'Extension' names nothing ratify records (a signature, an instrument of consent, a provisional application, an application or a denunciation): its 2 cells are skipped"
            ])
    }

    @Test func unknownLettersAreSkippedWithOneNotice() throws {
        let reading = try reader.readTable(
            Self.hanoiHeader + "\nChile\t25 Oct 2025\t 4 Mar 2026 X\nCuba\t25 Oct 2025 a\t 5 Mar 2026 X\nGhana\t\t 6 Mar 2026 a\n")
        #expect(reading.entries.map(\.facts.count) == [1, 0, 1])
        #expect(
            reading.notices.map(\.description) == [
                "in.txt:2: the letter 'X' after 4 Mar 2026 in the column 'Acceptance(A), Ratification, Approval(AA), Accession(a)' is neither in its header (its header names Acceptance (A), Ratification (no suffix), Approval (AA), Accession (a)) nor one the depositary uses there: the cell is skipped (and 1 more with 'X' in this column); check what the letter means on the depositary's page",
                "in.txt:3: the letter 'a' after 25 Oct 2025 in the Signature column is neither in its header (its header names Signature (no suffix)) nor one the depositary uses there: the cell is skipped; check what the letter means on the depositary's page",
            ])
    }

    @Test func aTableWithNoColumnToMapIsRefusedNamingItsHeader() {
        #expect(
            problems("Participant\tResolution\tDate of Adoption\nAlbania\t995 (X)\t14 Dec 1955\n") == [
                "in.txt:1: the table's header names 'Participant', 'Resolution', 'Date of Adoption', and no column ratify can map to an action (a Signature column, a consent column such as 'Ratification, Accession(a)', provisional application, application): this is not a status table of signatures and instruments, so nothing is imported"
            ])
        #expect(
            problems("Participant\nAustralia\nAustria\n").first?.hasPrefix("in.txt:1: the table's header names only the participants")
                == true)
    }

    @Test func footnoteDigitsInTheHeaderAreIgnored() throws {
        let entries = try reader.read(
            "Participant1\tSignature\tRatification2, Acceptance(A)3, Accession(a)\nChile\t25 Oct 2025\t 4 Mar 2026 A\n")
        #expect(entries.first?.consent?.kind == .acceptance)
    }

    @Test func aSignatureHeaderMayAllowSuccessionToSignature() throws {
        let entries = try reader.read(
            "Participant\tSignature, Succession to signature(d)\tRatification, Accession(a), Succession(d)\nMontenegro\t 4 Mar 2026 d\t\n")
        #expect(entries.first?.signature == date("2026-03-04") && entries.first?.consent == nil)
    }

    // MARK: Where the table ends

    @Test func proseAfterTheTableEndsIt() throws {
        let text =
            Self.hanoiHeader + """

                Algeria\t25 Oct 2025\t
                Belgium2,3\t25 Oct 2025\t 2 Jun 2026 AA
                Upon signature:
                Belgium
                Reservation:
                On 4 March 2026 the Government of Frnace notified the Secretary-General.
                """
        let entries = try reader.read(text)
        #expect(entries.map(\.participant.code) == ["DZA", "BEL"])
    }

    @Test func aLineWithAnUnknownNameAndADateIsABadRowNotTheEnd() {
        let found = problems("Algeria\t25 Oct 2025\t\nUpon signature\t25 Oct 2025\t\nAngola\t25 Oct 2025\t\n")
        #expect(found.count == 1 && found[0].hasPrefix("in.txt:2: unknown participant 'Upon signature'"))
    }

    @Test func aRowAfterTheEndOfTheTableIsReportedAtTheEnd() {
        let found = problems("Algeria\t25 Oct 2025\t\nFrnace\t\t\nAngola\t25 Oct 2025\t\n")
        #expect(
            found == [
                "in.txt:2: the table ends on this line ('Frnace' names no participant and holds no date), yet line 3 below holds a row for Angola: if this line is a row, correct its participant's name; if the table really ends here, remove the rows after it"
            ])
    }

    @Test func everyProblemIsCollected() {
        let found = problems("Frnace\t25 Oct 2025\t\nChile\t31 Feb 2024\t 4 Mar 2026 Q\nChile\t25 Oct 2025\t\n")
        #expect(found.count == 3)
        #expect(found[1] == "in.txt:2: 31 Feb 2024 is not a real calendar date: February 2024 has 29 days")
        #expect(found[2] == "in.txt:3: Chile is listed twice (first on line 2): keep one row per participant")
    }
}
