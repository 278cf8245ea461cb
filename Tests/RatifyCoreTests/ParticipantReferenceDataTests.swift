import Foundation
import Testing

@testable import RatifyCore

/// The reference data covers every participant the depositary names, with
/// its kind and a Vietnamese name (scripts/generate-reference-data).
@Suite struct ParticipantReferenceDataTests {
    let directory = ParticipantDirectory.builtIn

    static let tables = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures/untc-tables").standardized

    /// The participant column of every status table in fixtures/untc-tables,
    /// as the scraper left it (footnote digits stripped): file, line, name.
    static func namesInTheTables() throws -> [(file: String, line: Int, name: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: tables.path)
            .filter { $0.hasSuffix(".csv") && $0 != "index.csv" }.sorted()
        var names: [(String, Int, String)] = []
        for file in files {
            let text = try String(contentsOf: tables.appendingPathComponent(file), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst()
            where !line.isEmpty {
                names.append((file, index + 1, firstField(of: line)))
            }
        }
        return names
    }

    /// The first field of a CSV line. The tables hold one row a line, so this
    /// is all the test needs of CSV; RatifyCoreTests depends on no CSV reader.
    static func firstField(of line: Substring) -> String {
        guard line.first == "\"" else { return String(line.prefix { $0 != "," }) }
        var field = ""
        var rest = line.dropFirst()
        while let quote = rest.firstIndex(of: "\"") {
            field += rest[..<quote]
            rest = rest[rest.index(after: quote)...]
            guard rest.first == "\"" else { break }  // "" is a quote inside the field
            field += "\""
            rest = rest.dropFirst()
        }
        return field
    }

    @Test func everyParticipantTheDepositarysTablesNameIsKnown() throws {
        let names = try Self.namesInTheTables()
        #expect(Set(names.map(\.file)).count == 157)
        #expect(names.count > 8_000)
        var unknown: [String] = []
        for (file, line, name) in names {
            do {
                let participant = try directory.lookup(name)
                // As pasted from a page: surrounding spaces, a no-break space, a footnote's comma.
                #expect(try directory.lookup(" \(name)\u{A0}") == participant)
                #expect(try directory.lookup(name + ",") == participant)
            } catch {
                unknown.append("\(file):\(line): \(name)")
            }
        }
        #expect(unknown.isEmpty, "\(unknown)")
    }

    @Test(arguments: [
        // The depositary's names of 2014-15 and older records, and today's.
        ("Swaziland", "SWZ"), ("Eswatini", "SWZ"), ("Zaire", "COD"), ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("North Macedonia", "MKD"), ("Czech Republic", "CZE"), ("Czechia", "CZE"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
        ("Cape Verde", "CPV"), ("St. Kitts and Nevis", "KNA"), ("St. Lucia", "LCA"), ("Libyan Arab Jamahiriya", "LBY"),
        ("Burma", "MMR"), ("Byelorussian SSR", "BLR"), ("Dahomey", "BEN"), ("Upper Volta", "BFA"), ("East Timor", "TLS"),
        ("Netherlands", "NLD"), ("Netherlands (Kingdom of the)", "NLD"), ("Moldova", "MDA"), ("Bolivia", "BOL"),
        ("Democratic Republic of Viet-Nam", "VNM"),
        // Former States (ISO 3166-3).
        ("Union of Soviet Socialist Republics", "SUN"), ("USSR", "SUN"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"),
        ("German Democratic Republic", "DDR"), ("Serbia and Montenegro", "SCG"), ("Democratic Yemen", "YMD"),
        // Territories.
        ("Hong Kong", "HKG"), ("British Virgin Islands", "VGB"), ("Cayman Islands", "CYM"), ("Montserrat", "MSR"),
        ("Turks and Caicos Islands", "TCA"), ("Macao", "MAC"),
        // Organizations.
        ("World Health Organization", "XWH"), ("International Labour Organisation", "XIL"), ("ILO", "XIL"),
        ("International Atomic Energy Agency", "XIA"), ("United Nations Educational, Scientific and Cultural Organization", "XUE"),
        ("Food and Agriculture Organization of the United Nations", "XFA"), ("International Civil Aviation Organization", "XIC"),
        ("International Telecommunication Union", "XIT"), ("Universal Postal Union", "XUP"),
        ("World Intellectual Property Organization", "XWI"), ("World Meteorological Organization", "XWM"),
        ("International Maritime Organization", "XMO"), ("United Nations Industrial Development Organization", "XUI"),
        ("Organisation for the Prohibition of Chemical Weapons", "XOP"),
        ("Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization", "XCT"),
        ("International Criminal Police Organization", "XPO"), ("INTERPOL", "XPO"), ("United Nations", "XUN"),
        ("Andean Community", "XAN"), ("Caribbean Community", "XCC"), ("CARICOM", "XCC"),
        ("Common Market for Eastern and Southern Africa", "XCO"), ("East African Community", "XEA"),
        ("Economic Community of West African States", "XEC"), ("Eurasian Economic Community", "XEE"),
        ("Organization of African Unity", "XAU"), ("African Union", "XAU"), ("Southern African Development Community", "XDC"),
        ("West African Economic and Monetary Union", "XWA"), ("Council of Europe", "XCE"), ("xun", "XUN"),
    ])
    func formerNamesTerritoriesAndOrganizationsResolve(_ text: String, _ code: String) throws {
        #expect(try directory.lookup(text).code == code)
    }

    @Test(arguments: [
        // Former names of current States (MTDSG Historical Information; UN Member States' admission names).
        ("Khmer Republic", "KHM"), ("State of Cambodia", "KHM"), ("Kampuchea", "KHM"), ("Democratic Kampuchea", "KHM"),
        ("Ceylon", "LKA"), ("Western Samoa", "WSM"), ("Ivory Coast", "CIV"), ("Siam", "THA"), ("Maldive Islands", "MDV"),
        ("Central African Empire", "CAF"), ("United Republic of Cameroon", "CMR"), ("Congo (Leopoldville)", "COD"),
        ("Congo (Léopoldville)", "COD"), ("Congo (Brazzaville)", "COG"), ("People's Republic of the Congo", "COG"),
        ("Malagasy Republic", "MDG"), ("Federation of Malaya", "MYS"), ("Malaya", "MYS"), ("Libyan Arab Republic", "LBY"),
        ("Socialist People's Libyan Arab Jamahiriya", "LBY"), ("Great Socialist People's Libyan Arab Jamahiriya", "LBY"),
        ("United Republic of Tanganyika and Zanzibar", "TZA"), ("Union of South Africa", "ZAF"), ("Yemen Arab Republic", "YEM"),
        ("Southern Yemen", "YMD"), ("People's Republic of Southern Yemen", "YMD"), ("Germany, Federal Republic of", "DEU"),
        ("Federal Republic of Germany", "DEU"), ("West Germany", "DEU"), ("Federal People's Republic of Yugoslavia", "YUG"),
        ("Socialist Federal Republic of Yugoslavia", "YUG"), ("Czech and Slovak Federal Republic", "CSK"),
        ("Byelorussian Soviet Socialist Republic", "BLR"), ("Ukrainian Soviet Socialist Republic", "UKR"),
        ("United Nations Council for Namibia", "NAM"), ("United Arab Republic", "EGY"), ("Syrian Arab Republic", "SYR"),
        ("Holy See (Vatican City State)", "VAT"), ("Vatican", "VAT"), ("St. Christopher and Nevis", "KNA"),
        ("Saint Christopher and Nevis", "KNA"), ("St. Vincent and the Grenadines", "VCT"), ("Saint Lucia", "LCA"),
        ("Cote d'Ivoire", "CIV"), ("Turkiye", "TUR"), ("São Tomé and Príncipe", "STP"), ("Viet-Nam", "VNM"),
        // The UN's names with the article.
        ("the Congo", "COG"), ("the Democratic Republic of the Congo", "COD"), ("the Niger", "NER"), ("The Gambia", "GMB"),
        ("the Russian Federation", "RUS"), ("the United Kingdom", "GBR"), ("the United States of America", "USA"),
        ("the Republic of Korea", "KOR"), ("the Democratic People's Republic of Korea", "PRK"), ("the Republic of Moldova", "MDA"),
        ("the Syrian Arab Republic", "SYR"), ("the United Republic of Tanzania", "TZA"), ("the Holy See", "VAT"),
        ("the Lao People's Democratic Republic", "LAO"), ("the Dominican Republic", "DOM"), ("the Marshall Islands", "MHL"),
        ("the Central African Republic", "CAF"), ("the Czech Republic", "CZE"), ("the United Arab Emirates", "ARE"),
        ("the State of Palestine", "PSE"), ("the Cook Islands", "COK"),
        // Former States ISO 3166-3 lacks, and those it has.
        ("Tanganyika", "QTG"), ("Republic of Tanganyika", "QTG"), ("Zanzibar", "QZN"), ("People's Republic of Zanzibar", "QZN"),
        ("Republic of Viet-Nam", "QVN"), ("South Viet-Nam", "QVN"), ("State of Viet-Nam", "QVN"),
        ("Democratic Republic of Viet-Nam", "VNM"), ("Socialist Republic of Viet Nam", "VNM"),
        // Former territories (ISO 3166-3).
        ("Netherlands Antilles", "ANT"), ("Sikkim", "SKM"),
        // Organizations.
        ("European Economic Community", "EUU"), ("European Community", "EUU"), ("European Atomic Energy Community", "XER"),
        ("Euratom", "XER"), ("European Space Agency", "XSA"), ("ESA", "XSA"),
        ("European Organisation for the Exploitation of Meteorological Satellites", "XEM"), ("EUMETSAT", "XEM"),
        ("European Telecommunications Satellite Organization", "XET"), ("EUTELSAT IGO", "XET"),
        ("Intersputnik International Organization of Space Communications", "XIS"), ("Intersputnik", "XIS"),
        ("International Monetary Fund", "XMF"), ("IMF", "XMF"), ("International Bank for Reconstruction and Development", "XIB"),
        ("World Bank", "XIB"), ("International Fund for Agricultural Development", "XIF"), ("IFAD", "XIF"),
        ("World Tourism Organization", "XTO"), ("UN Tourism", "XTO"), ("Economic Community of Central African States", "XCA"),
        ("ECCAS", "XCA"), ("Organization of American States", "XOA"), ("OAS", "XOA"), ("League of Arab States", "XAL"),
        ("Arab League", "XAL"), ("Organisation for Economic Co-operation and Development", "XOE"), ("OECD", "XOE"),
        ("Commonwealth of Independent States", "XCI"), ("Cooperation Council for the Arab States of the Gulf", "XGC"),
        ("Gulf Cooperation Council", "XGC"), ("Association of Southeast Asian Nations", "XAS"), ("ASEAN", "XAS"),
        ("African Development Bank", "XBA"), ("AfDB", "XBA"), ("Asian Development Bank", "XAD"), ("ADB", "XAD"),
        ("Inter-American Development Bank", "XID"), ("IDB", "XID"), ("International Civil Aviation Organization", "XIC"),
        ("International Criminal Police Organization", "XPO"),
    ])
    func historicalNamesAndFurtherOrganizationsResolve(_ text: String, _ code: String) throws {
        #expect(try directory.lookup(text).code == code)
    }

    /// A table that names both a former State and its successor has two rows,
    /// and the import refuses two rows for one participant: the two must differ.
    @Test(arguments: [
        ("Tanganyika", "United Republic of Tanzania"), ("Zanzibar", "United Republic of Tanzania"),
        ("Republic of Viet-Nam", "Viet Nam"), ("Netherlands Antilles", "Netherlands (Kingdom of the)"),
        ("Netherlands Antilles", "Curaçao"),
    ])
    func aFormerStateOrTerritoryIsNotItsSuccessor(_ former: String, _ successor: String) throws {
        #expect(try directory.lookup(former).code != directory.lookup(successor).code)
    }

    @Test func participantsByKind() {
        let kinds = Dictionary(grouping: directory.participants, by: \.kind).mapValues(\.count)
        #expect(kinds == [.state: 197, .territory: 54, .formerState: 9, .reio: 12, .organization: 34])
        // ISO 3166-1 as iso-codes 4.15 has it: every entry is a State or a territory; two
        // territories more are former ones, under their ISO 3166-3 codes.
        #expect(kinds[.state]! + kinds[.territory]! == 249 + ["ANT", "SKM"].count)
        // The group follows the kind where a kind sits in no UN group.
        for participant in directory.participants {
            switch participant.kind {
            case .reio: #expect(participant.group == .reio, "\(participant.code)")
            case .organization, .territory: #expect(participant.group == .none, "\(participant.code)")
            case .state, .formerState: #expect(participant.group != .reio, "\(participant.code)")
            }
            #expect(participant.isREIO == (participant.kind == .reio))
        }
    }

    @Test(arguments: [
        ("EUU", Participant.Kind.reio, RegionalGroup.reio), ("XAN", .reio, .reio), ("XWA", .reio, .reio), ("XAU", .reio, .reio),
        ("XCE", .organization, .none), ("XUN", .organization, .none), ("XWH", .organization, .none),
        ("HKG", .territory, .none), ("TWN", .territory, .none), ("ATA", .territory, .none),
        ("SUN", .formerState, .easternEuropean), ("YMD", .formerState, .asiaPacific),
        ("VAT", .state, .none), ("COK", .state, .none), ("PSE", .state, .asiaPacific), ("VNM", .state, .asiaPacific),
        // An REIO only where the members transferred competence; regional co-operation is an organization.
        ("XER", .reio, .reio), ("XCA", .reio, .reio), ("XOA", .organization, .none), ("XAL", .organization, .none),
        ("XAS", .organization, .none), ("XGC", .organization, .none), ("XCI", .organization, .none),
        ("XSA", .organization, .none), ("XMF", .organization, .none), ("XBA", .organization, .none),
        ("QTG", .formerState, .african), ("QZN", .formerState, .african), ("QVN", .formerState, .none),
        ("ANT", .territory, .none), ("SKM", .territory, .none),
    ])
    func knownKinds(_ code: String, _ kind: Participant.Kind, _ group: RegionalGroup) {
        #expect(directory[code]?.kind == kind)
        #expect(directory[code]?.group == group)
        #expect(directory[code]?.isREIO == (kind == .reio))
    }

    @Test func userAssignedCodesNeverCollideWithISO() {
        // ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to users: organizations take
        // X codes, former States that ISO 3166-3 lacks take Q codes, everyone else an ISO code.
        func userAssigned(_ code: String) -> Bool {
            code.hasPrefix("AA") || ("QMA"..."QZZ").contains(code) || code.hasPrefix("X") || code.hasPrefix("ZZ")
        }
        let organizations = directory.participants.filter { $0.kind == .organization || $0.kind == .reio }
        let formerStatesOutsideISO = directory.participants.filter { $0.kind == .formerState && userAssigned($0.code) }
        let iso = directory.participants.filter { $0.kind != .organization && $0.kind != .reio && !userAssigned($0.code) }
        for organization in organizations where organization.code != "EUU" {
            #expect(organization.code.hasPrefix("X"), "\(organization.code)")
        }
        for formerState in formerStatesOutsideISO { #expect(("QMA"..."QZZ").contains(formerState.code), "\(formerState.code)") }
        #expect(formerStatesOutsideISO.map(\.code) == ["QTG", "QVN", "QZN"])
        #expect(organizations.count + formerStatesOutsideISO.count + iso.count == directory.participants.count)
        #expect(Set(organizations.map(\.code)).isDisjoint(with: iso.map(\.code)))
    }

    @Test func everyParticipantFitsTheParticipantTable() {
        // participant.code: three capital letters; participant.name: UNIQUE (schema.sql).
        for participant in directory.participants {
            #expect(participant.code.count == 3 && participant.code.allSatisfy { ("A"..."Z").contains($0) }, "\(participant.code)")
        }
        let names = directory.participants.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(directory.participants.map(\.code)).count == names.count)
    }

    @Test func everyParticipantHasAVietnameseName() {
        var missing: [String] = []
        for participant in directory.participants {
            let name = participant.localizedNames[.vietnamese] ?? ""
            if name.trimmingCharacters(in: .whitespaces).isEmpty { missing.append(participant.code) }
        }
        #expect(missing.isEmpty, "\(missing)")
        let names = directory.participants.map { ParticipantDirectory.fold($0.localizedName(.vietnamese)) }
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: [
        // Formal short names as Viet Nam's foreign ministry writes them, not the press's ("Mỹ", "Nga", "Anh").
        ("USA", "Hoa Kỳ"), ("RUS", "Liên bang Nga"), ("GBR", "Vương quốc Liên hiệp Anh và Bắc Ai-len"), ("CHN", "Trung Quốc"),
        ("KOR", "Hàn Quốc"), ("CZE", "Séc"), ("PSE", "Nhà nước Palestine"), ("VNM", "Việt Nam"), ("JPN", "Nhật Bản"),
        ("SWZ", "Eswatini"), ("MKD", "Bắc Macedonia"), ("TUR", "Thổ Nhĩ Kỳ"), ("EUU", "Liên minh châu Âu"),
        ("VAT", "Tòa Thánh Vatican"), ("COK", "Quần đảo Cook"), ("NIU", "Niue"), ("XUN", "Liên hợp quốc"),
        ("XWH", "Tổ chức Y tế thế giới"), ("SUN", "Liên Xô"), ("LCA", "Saint Lucia"),
        ("QVN", "Việt Nam Cộng hòa"), ("XAS", "Hiệp hội các quốc gia Đông Nam Á"), ("XMF", "Quỹ Tiền tệ quốc tế"),
        ("ANT", "Antille thuộc Hà Lan"), ("XGC", "Hội đồng Hợp tác vùng Vịnh"),
    ])
    func vietnameseNames(_ code: String, _ name: String) {
        #expect(directory[code]?.localizedName(.vietnamese) == name)
        #expect(directory[code]?.localizedName(.english) == directory[code]?.name)
    }
}
