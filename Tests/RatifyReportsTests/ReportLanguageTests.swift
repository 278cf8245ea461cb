import Foundation
import RatifyCore
import Testing

@testable import RatifyReports

/// The languages' words, dates, numbers and order of names.
@Suite struct ReportLanguageTests {
    static func day(_ text: String) -> CivilDate { try! CivilDate.parse(text) }

    @Test func localeNamesThatNameALanguage() {
        for (name, language) in [
            ("vi", ReportLanguage.vietnamese), ("vi_VN.UTF-8", .vietnamese), ("vi-VN", .vietnamese), ("VI_VN", .vietnamese),
            ("en", .english), ("en_GB.UTF-8", .english),
        ] {
            #expect(ReportLanguage(localeName: name) == language, "\(name)")
        }
        for name in ["C", "C.UTF-8", "POSIX", "fr_FR.UTF-8", "", "vie"] {
            #expect(ReportLanguage(localeName: name) == nil, "\(name)")
        }
    }

    @Test func vietnameseDatesAndNumbers() {
        let t = ReportLanguage.vietnamese.strings(.page)
        #expect(t.tableDate(Self.day("2025-10-25")) == "25/10/2025" && t.tableDate(Self.day("2026-07-01")) == "01/07/2026")
        #expect(t.sentenceDate(Self.day("2025-10-25")) == "ngày 25 tháng 10 năm 2025")
        #expect(t.sentenceDate(Self.day("2026-07-01")) == "ngày 1 tháng 7 năm 2026")
        #expect(t.number(72) == "72" && t.number(1250) == "1.250" && t.number(1_000_000) == "1.000.000")
        #expect(t.percentOf(0.125, 0.55) == "12,5% trên 55,0%")
        // The text outputs write the same dates.
        #expect(ReportLanguage.vietnamese.strings(.text).tableDate(Self.day("2025-10-25")) == "25/10/2025")
    }

    @Test func englishDatesAreISOInTextAndWordsOnThePage() {
        let text = ReportLanguage.english.strings(.text)
        #expect(text.tableDate(Self.day("2026-07-01")) == "2026-07-01" && text.sentenceDate(Self.day("2026-07-01")) == "2026-07-01")
        let page = ReportLanguage.english.strings(.page)
        #expect(page.tableDate(Self.day("2026-07-01")) == "1 Jul 2026" && page.sentenceDate(Self.day("2026-07-01")) == "1 July 2026")
        #expect(page.number(1250) == "1,250")
    }

    /// Every word differs between the languages, except names and symbols
    /// that are the same in both: a label left in English in the Vietnamese
    /// file would show here.
    @Test func everyLabelIsTranslated() {
        let english = Mirror(reflecting: ReportLanguage.english.strings(.page) as! EnglishStrings).children
        let vietnamese = VietnameseStrings()
        let strings = Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: vietnamese).children.compactMap { c in c.label.map { ($0, c.value) } })
        var compared = 0
        for child in english {
            guard let label = child.label, let en = child.value as? String else { continue }
            let vi = strings[label] as? String
            #expect(vi != nil && vi != en, "\(label): '\(vi ?? "missing")'")
            compared += 1
        }
        #expect(compared > 50)
        for kind in ActionKind.allCases { #expect(vietnamese.action(kind) != kind.rawValue) }
        for group in RegionalGroup.allCases { #expect(vietnamese.group(group) != group.rawValue) }
    }

    @Test func vietnameseNamesSortInVietnameseOrder() {
        let codes = ["DNK", "DMA", "AUT", "EGY", "SAU", "USA", "DEU", "VNM"]
        let sorted = ReportLanguage.vietnamese.sortedByName(
            codes, name: { ParticipantDirectory.builtIn[$0]!.localizedName(.vietnamese) }, code: { $0 })
        // Ả Rập Xê-út, Ai Cập, Áo, Dominica, Đan Mạch, Đức, Hoa Kỳ, Việt Nam: "Đ" after every "D".
        #expect(sorted == ["SAU", "EGY", "AUT", "DMA", "DNK", "DEU", "USA", "VNM"], "\(sorted)")
        let english = ReportLanguage.english.sortedByName(codes, name: { ParticipantDirectory.builtIn[$0]!.name }, code: { $0 })
        #expect(english == ["AUT", "DNK", "DMA", "EGY", "DEU", "SAU", "USA", "VNM"], "\(english)")
    }
}
