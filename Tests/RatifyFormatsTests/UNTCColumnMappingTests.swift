import Foundation
import RatifyCore
import Testing

@testable import RatifyFormats

/// How a column's header maps to actions: by its words and letters, so that
/// headers not seen yet are read by what they say. The headers are the
/// depositary's, from the shared tables (fixtures/untc-tables/) and others
/// like them.
@Suite struct UNTCColumnMappingTests {
    let reader = UNTCTableReader(source: "in.csv")

    func date(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// What a cell with `letter` means in a column headed `header`: the
    /// column's role and the action (nil: skipped with a notice).
    func read(_ header: String, _ letter: String) -> (UNTCColumn.Role, ActionKind?, String?) {
        let column = UNTCColumn(index: 1, header: header, legend: .parse(header: header))
        let cell = UNTCDateCell(date: date("2000-01-01"), suffix: letter, written: "1 Jan 2000")
        let read = column.read(cell)
        return (column.role, read?.meaning.kind, read?.label)
    }

    @Test func signatureColumns() {
        #expect(read("Signature", "") == (.signature, .signature, nil))
        #expect(read("Signature, Succession to signature(d)", "d") == (.signature, .signature, "Succession to signature"))
        #expect(read("Signature ad referendum (s)", "").1 == .signature)
        #expect(read("Signature", "d").1 == .signature)  // the depositary's letter for succession to signature
        #expect(read("Signature", "a").1 == nil)  // a letter marks an instrument, never a signature
    }

    @Test func consentColumnsByTheirWords() {
        let usual = "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"
        #expect(read(usual, "") == (.consent, .ratification, nil))
        #expect(read(usual, "AA").1 == .approval && read(usual, "a").1 == .accession)
        #expect(read("Definitive acceptance", "") == (.consent, .acceptance, "Definitive acceptance"))
        #expect(read("Consent to be bound(P), Succession(d)", "P") == (.consent, .consentToBeBound, nil))
        #expect(
            read("Ratification, Acceptance(A), Participation under articles 3 (2) and (3)(P)", "P")
                == (.consent, .consentToBeBound, "Participation under articles 3 (2) and (3)"))
        #expect(read("Simplified procedure(p)", "p").1 == .consentToBeBound)
        #expect(read("Formal confirmation(c), Accession(a), Ratification", "c") == (.consent, .ratification, "Formal confirmation"))
        #expect(
            read("Definitive signature(s), Confirmation of signature", "")
                == (.consent, .consentToBeBound, "Confirmation of signature"))
        #expect(read("Accession to the Convention as amended by the Protocol(a)", "a").1 == .accession)
        // A letter the header leaves out has the depositary's usual meaning.
        #expect(read("Acceptance(A)", "a").1 == .accession && read("Acceptance(A)", "n").1 == .provisionalApplication)
    }

    @Test func wordsNamingNothingTakeTheirLetterOrAreSkipped() {
        #expect(
            read(
                "Definitive signature of the Protocol, Acceptance of the Protocol, Notification in respect of the Agreement as amended(d)",
                "d")
                == (.consent, .succession, "Notification in respect of the Agreement as amended"))
        #expect(read("Ratification, Objection(o)", "o") == (.consent, nil, nil))
        #expect(read("Notification of succession", "").1 == .succession)
        #expect(read("Deposit of the instrument of ratification", "").1 == .ratification)
        #expect(read("Date of signature", "").0 == .signature)
        #expect(read("Notification under article 7", "").0 == .skipped)
        #expect(read("Extension", "") == (.skipped, nil, nil))
        #expect(read("Date of Adoption", "").0 == .skipped)
    }

    /// The older Protocols list several instruments without a letter: such a
    /// date is an instrument of consent, which of them the depositary does not say.
    @Test func severalInstrumentsWithoutALetterAreAnUnnamedConsent() {
        let header =
            "Acceptance(A), Definitive signature of the Protocol, Acceptance of the Protocol, Acceptance ipso facto by virtue of article 10 (1) of the Convention of 12 September 1923, as amended(A), Succession to the Agreement and the Protocol"
        #expect(UNTCLegend.parse(header: header).items.count == 5)  // "..., as amended(A)" continues its item
        #expect(
            read(header, "")
                == (
                    .consent, .consentToBeBound,
                    "one of: Definitive signature of the Protocol, Acceptance of the Protocol, Succession to the Agreement and the Protocol"
                ))
        #expect(read(header, "A").1 == .acceptance)
    }

    @Test func otherActionsHaveColumnsOfTheirOwn() {
        #expect(read("Provisional application(n)", "n") == (.other(.provisionalApplication), .provisionalApplication, nil))
        #expect(read("Provisional application under article 23(n)", "").1 == .provisionalApplication)
        #expect(read("Undertaking of provisional application in accordance with article 31", "").1 == .provisionalApplication)
        #expect(read("Provisional acceptance/accession", "").0 == .other(.provisionalApplication))
        #expect(read("Application", "") == (.other(.application), .application, nil))
        #expect(read("Withdrawal", "").1 == .denunciation)
        #expect(read("Withdrawal of reservations", "").0 == .skipped)
        #expect(read("Provisional application(n)", "a").1 == nil)  // never misread as consent
    }

    @Test func aTableSavedAsCSVIsReadByContent() throws {
        let csv = """
            Participant,Signature,Provisional application(n),"Ratification, Accession(a), Acceptance(A), Approval(AA)"
            Argentina,29 Dec 1992,29 Dec 1992 n,9 Jul 2009
            Barbados,31 Dec 1992,,27 Mar 2007 a
            European Union,,,"14 Apr 1993 AA"

            """
        #expect(UNTCTableReader.detect(csv) == .csv)
        let reading = try reader.readTable(csv)
        #expect(reading.kind == .csv && reading.notices.isEmpty)
        #expect(reading.entries.map(\.line) == [2, 3, 4])
        #expect(
            reading.entries[0].facts == [
                .init(kind: .signature, date: date("1992-12-29")),
                .init(kind: .provisionalApplication, date: date("1992-12-29"), suffix: "n"),
                .init(kind: .ratification, date: date("2009-07-09")),
            ])
        #expect(reading.entries[0].consent?.kind == .ratification)
        #expect(reading.entries[2].consent == .init(kind: .approval, date: date("1993-04-14"), suffix: "AA"))
    }

    @Test func aCSVWithAQuoteLeftOpenOrNoSeparatorIsRefused() {
        #expect(throws: ImportFailure.self) { try reader.read("Participant,Signature\n\"Chile,25 Oct 2025\n") }
        do {
            _ = try reader.read("Participant,Signature\nChile 25 Oct 2025\n")
        } catch {
            #expect(
                error.problems.map(\.description).first?.hasPrefix("in.csv:2: no separator keeps the cells of 'Chile 25 Oct 2025' apart")
                    == true)
        }
    }

    /// Without a header, a second column of lettered dates and no third is
    /// a consent column: a table of amendments or protocols has no Signature column.
    @Test func withoutAHeaderLetteredDatesAreInstruments() throws {
        let entries = try reader.read("Albania\t28 Aug 2002 P\nArgentina\t21 Oct 1998 P\nCambodia\t3 Oct 1951 d\n")
        #expect(entries.map(\.consent?.kind) == [.consentToBeBound, .consentToBeBound, .succession])
        #expect(entries.allSatisfy { $0.signature == nil })
        // With a third column the second is the Signature column, as before.
        #expect(try reader.read("Albania\t28 Aug 2002\t1 Sep 2003\n").first?.signature == date("2002-08-28"))
    }

    @Test func aDefinitiveSignatureSignsOnlyWhenTheRowHasNoSignature() throws {
        let entries = try reader.read(
            "Participant,Signature ad referendum (s),\"Definitive signature(s), Confirmation of signature\"\nBrazil,5 May 1986,9 Mar 1990\nChile,,4 Apr 1984 s\n"
        )
        #expect(entries[0].signature == date("1986-05-05") && entries[0].consent?.kind == .consentToBeBound)
        #expect(entries[1].signature == date("1984-04-04") && entries[1].consent?.kind == .ratification)
    }
}
