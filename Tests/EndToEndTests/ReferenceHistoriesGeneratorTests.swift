import Foundation
import RatifyCore
import Testing

/// scripts/generate-reference-histories: the committed Swift file matches the
/// tables, and the tables' quirks are read as its header says.
@Suite struct ReferenceHistoriesGeneratorTests {
    let script = packageRoot.appendingPathComponent("scripts/generate-reference-histories").path

    func generate(_ arguments: String...) -> Run {
        Sandbox().run(["python3", script] + arguments, executable: "/usr/bin/python3")
    }

    @Test func theGeneratedHistoriesAreUpToDateWithTheTables() {
        let run = generate("--check")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func readsTheTablesQuirksByTheirHeaders() throws {
        let sandbox = Sandbox()
        let folder = sandbox.path("tables")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let write = { (name: String, text: String) in
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        try write(
            "index.csv",
            """
            file,title
            1-1.csv,"A Convention. New York, 2 January 1990"
            1-1-a.csv,"Amendment to the Convention. Geneva, 5 March 1991"
            """)
        // A provisional-application column, kind letters, a full month name,
        // a definitive signature with no signature, a row with nothing dated.
        try write(
            "1-1.csv",
            """
            Participant,Signature,Provisional application(n),"Approval(AA), Acceptance(A), Accession(a), Ratification, Definitive signature(s)"
            Atlantis,2 Jan 1990,3 Jan 1990 n,4 Feb 1990
            Borduria,10 Jan 1990,,5 Mar 1991 a
            Carpania,,1 Feb 1990 n,
            Dystopia,,,7 July 1990 s
            Eldorado,12 Jan 1990,,
            """)
        // An amendment: accepted, never signed; the clock starts at adoption.
        try write(
            "1-1-a.csv",
            """
            Participant,Acceptance(A)
            Atlantis, 6 Mar 1992 A
            Borduria,N/A
            """)
        let run = generate("--tables", folder, "--tsv")
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        // Day numbers, as the generator writes them.
        let days = { (texts: [String]) in texts.map { String(try! CivilDate.parse($0).dayNumber) }.joined(separator: ",") }
        #expect(rows.map(\.first) == ["1-1", "1-1-a"])
        let convention = try #require(rows.first)
        #expect(convention[1] == "A Convention")
        #expect(convention[2] == days(["1990-01-02"]))
        // Signatures: three dated, plus Dystopia's definitive signature.
        #expect(convention[3] == days(["1990-01-02", "1990-01-10", "1990-01-12", "1990-07-07"]))
        // Instruments: not Carpania's provisional application.
        #expect(convention[4] == days(["1990-02-04", "1990-07-07", "1991-03-05"]))
        let amendment = try #require(rows.last)
        #expect(amendment[2] == days(["1991-03-05"]) && amendment[3] == "" && amendment[4] == days(["1992-03-06"]))
    }
}
