import Foundation
import RatifyCore
import Testing

@testable import RatifyReports

/// `ratify status` as a person reads it: participants by name, every line
/// within a terminal's width (issue 20, item 7).
@Suite struct StatusTextTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    /// Signatures of States whose codes and names sort differently, long
    /// names, ratifications and a denunciation.
    static func status(asOf: String = "2027-06-01") -> TreatyStatus {
        var actions: [ActionRecord] = []
        for (i, code) in ["DOM", "DZA", "ECU", "AGO", "GBR", "VEN", "COD", "PRK", "FRA", "DNK", "DMA", "VNM"].enumerated() {
            actions.append(ActionRecord(id: Int64(i + 1), participant: code, kind: .signature, date: day("2025-10-25")))
        }
        actions.append(ActionRecord(id: 20, participant: "GBR", kind: .ratification, date: day("2026-02-01")))
        actions.append(ActionRecord(id: 21, participant: "VEN", kind: .ratification, date: day("2026-02-02")))
        actions.append(ActionRecord(id: 22, participant: "GBR", kind: .denunciation, date: day("2027-01-15")))
        return Engine.status(of: BuiltInTreaties.hanoi, actions: actions, asOf: day(asOf))
    }

    static func tableNames(_ text: String) -> [String] {
        text.split(separator: "\n").drop { !$0.hasPrefix("State") && !$0.hasPrefix("Mã") }.dropFirst().map { String($0.prefix(3)) }
    }

    @Test func participantsAreListedByName() {
        let english = Self.tableNames(StatusText.render(Self.status(), style: .plain))
        // Algeria first, not between the Dominican Republic (DOM) and Ecuador (ECU) as by code.
        #expect(Array(english.prefix(4)) == ["DZA", "AGO", "PRK", "COD"], "\(english)")
        #expect(english.firstIndex(of: "DOM")! < english.firstIndex(of: "ECU")! && english.firstIndex(of: "DZA")! == 0)
        let vietnamese = Self.tableNames(StatusText.render(Self.status(), style: .plain, language: .vietnamese))
        // Dominica before Đan Mạch (Đ comes after D); Việt Nam before Vương quốc Anh (Ư after U).
        #expect(vietnamese.firstIndex(of: "DMA")! < vietnamese.firstIndex(of: "DNK")!, "\(vietnamese)")
        #expect(vietnamese.firstIndex(of: "VNM")! < vietnamese.firstIndex(of: "GBR")!, "\(vietnamese)")
    }

    @Test func everyLineFitsTheTerminal() {
        let ansi = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m")
        func plain(_ line: Substring) -> String {
            let s = String(line)
            return ansi.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "")
        }
        for language in ReportLanguage.allCases {
            for asOf in ["2026-01-01", "2027-06-01"] {
                for width in [60, 80, 100] {
                    let text = StatusText.render(Self.status(asOf: asOf), style: TextStyle(color: true), language: language, width: width)
                    let long = text.split(separator: "\n").map(plain).filter { $0.count > width }
                    #expect(long.isEmpty, "\(language) at \(width): \(long)")
                    // Every participant is still there, by code.
                    #expect(text.contains("GBR") && text.contains("PRK"))
                }
                // Without a width (piped), nothing is cut.
                let full = StatusText.render(Self.status(asOf: asOf), style: .plain, language: language)
                #expect(
                    full.contains(
                        language == .english
                            ? "United Kingdom of Great Britain and Northern Ireland" : "Vương quốc Liên hiệp Anh và Bắc Ai-len"))
                #expect(full.split(separator: "\n").contains { $0.count > 80 })
            }
        }
    }

    @Test func aNarrowTableCutsNamesThenDropsTheLeastUsefulColumns() {
        var table = TextTable(
            header: ["Code", "Name", "Signed", "Extra", "Optional"],
            fits: [.keep, .shrink(minimum: 6), .keep, .drop(order: 1), .drop(order: 0)])
        table.rows = [["AAA", "A very long participant name", "2025-10-25", "extra", "optional"]]
        #expect(table.render(style: .plain).contains("A very long participant name"))
        for width in [30, 40, 52, 60] {
            let lines = table.render(style: .plain, width: width).split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
        }
        // At 40, "Optional" goes before "Extra", and the name is cut with an ellipsis.
        let forty = table.render(style: .plain, width: 40)
        #expect(!forty.contains("Optional") && forty.contains("Extra") && forty.contains("…"), "\(forty)")
        // At 30 both are gone; the code and date stay whole.
        let thirty = table.render(style: .plain, width: 30)
        #expect(!thirty.contains("Extra") && thirty.contains("AAA") && thirty.contains("2025-10-25"), "\(thirty)")
    }

    @Test func sentencesWrapUnderTheirLabel() {
        let text = StatusText.render(Self.status(asOf: "2026-01-01"), style: .plain, width: 60)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let entry = lines.firstIndex { $0.hasPrefix("  Entry into force") }!
        #expect(
            lines[entry + 1].hasPrefix(String(repeating: " ", count: 21)) && !lines[entry + 1].trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
