import Foundation
import Testing

/// The depositary's record, whole: the real status tables of
/// fixtures/untc-tables/ through the binary, each into a treaty of its own.
@Suite struct DepositaryRecordTests {
    static let tables = packageRoot.appendingPathComponent("fixtures/untc-tables")

    static var tableNames: [String] {
        (try! FileManager.default.contentsOfDirectory(atPath: tables.path)).filter { $0.hasSuffix(".csv") && $0 != "index.csv" }.sorted()
    }

    static func treatyID(_ table: String) -> String {
        "t-" + String(table.dropLast(4).map { $0.isLetter || $0.isNumber ? Character($0.lowercased()) : "-" })
    }

    /// Every table of the shared set imports, and its signatories and
    /// instruments are the dated cells of its signature and consent columns,
    /// as this test reads them on its own (`CellCount`); the two tables with
    /// no dated column ratify maps are refused, naming their header.
    @Test func everySharedTableImportsCountedAsItsCellsSay() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        let names = Self.tableNames
        #expect(names.count == 157)
        let definitions = names.map { name in
            sandbox.write(name + ".json", #"{"id": "\#(Self.treatyID(name))", "threshold": 40, "entry_into_force": ["+90d"]}"#)
        }
        let added = sandbox.run(["treaty", "add", "-q"] + definitions)
        try #require(added.status == 0, "\(added.stderr)")
        var imported: [String] = []
        for name in names {
            let path = Self.tables.appendingPathComponent(name).path
            let run = sandbox.run("import", path, "--format", "untc", "--treaty", Self.treatyID(name), "--accept-depositary", "-q")
            if run.status == 0 {
                imported.append(name)
            } else {
                #expect(["1-2.csv", "1-4.csv"].contains(name), "\(name) refused: \(run.stderr)")
                #expect(run.status == 65 && run.stderr.contains("\(path):1: the table's header names"))
            }
        }
        let all = sandbox.run("status", "--all", "--json")
        let statuses = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [[String: Any]]
        let byTreaty = Dictionary(uniqueKeysWithValues: statuses.map { ($0["treaty"] as! String, $0) })
        var counted = 0
        for name in imported {
            let cells = try CellCount(table: Self.tables.appendingPathComponent(name))
            let status = try #require(byTreaty[Self.treatyID(name)])
            let signatories = status["signatories"] as? Int
            let instruments = status["instruments"] as? Int
            #expect(signatories == cells.signatories, "\(name): signatories")
            #expect(instruments == cells.instruments, "\(name): instruments")
            if signatories == cells.signatories && instruments == cells.instruments { counted += 1 }
        }
        print("\(counted)/\(names.count) tables import, counted as their cells say")
        #expect(counted == 155)
    }

    /// The real entries into force, from the depositary's tables alone.
    @Test(arguments: [("untoc", "18-12.csv"), ("uncac", "18-14.csv"), ("rome", "18-10.csv")])
    func theTablesReproduceTheRealEntryIntoForce(_ treaty: String, _ table: String) throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        sandbox.run("treaty", "add", fixture("cases/\(treaty)/treaty.json"))
        let run = sandbox.run("import", fixture("untc-tables/\(table)"), "--format", "untc", "--treaty", treaty)
        #expect(run.status == 0, "\(run.stderr)")
        let expected =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: fixture("cases/\(treaty)/expected.json"))))
            as! [String: String]
        let status =
            try JSONSerialization.jsonObject(with: Data(sandbox.run("status", "--treaty", treaty, "--json").stdout.utf8)) as! [String: Any]
        #expect(status["threshold_reached_on"] as? String == expected["threshold_reached_on"])
        #expect(status["entry_into_force"] as? String == expected["entry_into_force"])
    }
}

/// A table's signatories and instruments as its cells say, read without
/// ratify's reader: a column whose header starts with "Signature" holds
/// signatures; one naming an instrument of consent (and nothing
/// provisional) holds instruments, but for a cell marked `n`; a cell marked
/// `s` where the header names definitive signatures signs too.
struct CellCount {
    var signatories = 0
    var instruments = 0

    init(table: URL) throws {
        let rows = Self.csv(try String(contentsOf: table, encoding: .utf8))
        let header = rows[0].map { $0.lowercased() }
        let words = ["ratification", "acceptance", "approval", "accession", "succession", "consent", "participation", "confirmation"]
        let signatureColumns = header.indices.filter { $0 > 0 && header[$0].hasPrefix("signature") }
        let consentColumns = header.indices.filter { column in
            column > 0 && !signatureColumns.contains(column) && !header[column].contains("provisional")
                && (words.contains { header[column].contains($0) } || header[column].contains("definitive signature"))
        }
        for row in rows.dropFirst() {
            var signed = signatureColumns.contains { $0 < row.count && Self.date(row[$0]) != nil }
            var bound = false
            for column in consentColumns where column < row.count {
                guard let letter = Self.date(row[column]), letter != "n" else { continue }
                bound = true
                if letter == "s" && header[column].contains("(s)") { signed = true }
            }
            signatories += signed ? 1 : 0
            instruments += bound ? 1 : 0
        }
    }

    /// The letter after a date (`""` for none), or nil when the cell holds no date.
    static func date(_ cell: String) -> String? {
        let parts = cell.split(separator: " ")
        guard parts.count == 3 || parts.count == 4, Int(parts[0]) != nil, parts[1].count == 3, parts[2].count == 4, Int(parts[2]) != nil
        else { return nil }
        return parts.count == 4 ? String(parts[3]) : ""
    }

    /// RFC 4180 as the shared tables use it: quoted cells hold commas.
    static func csv(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        for character in text {
            switch (character, quoted) {
            case ("\"", _): quoted.toggle()
            case (",", false):
                row.append(cell)
                cell = ""
            case ("\n", false), ("\r\n", false):
                row.append(cell)
                rows.append(row)
                (row, cell) = ([], "")
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !row.isEmpty { rows.append(row + [cell]) }
        return rows
    }
}
