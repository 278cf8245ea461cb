import RatifyCore

// A correction's reason as a report says it: a person's words as they were
// typed, ratify's own in the report's language, and a file named without
// the folder it was imported from (a published page shows no local paths).

extension CorrectionReason {
    /// The same reason with each `FILE:LINE` cut to the file's name.
    var withoutFolders: CorrectionReason {
        func short(_ location: String) -> String { String(location.split(separator: "/").last ?? Substring(location)) }
        switch self {
        case .typed: return self
        case .givenAgain(.file(let location), let reference, let newReference, let note, let newNote):
            return .givenAgain(
                source: .file(short(location)), reference: reference, newReference: newReference, note: note, newNote: newNote)
        case .givenAgain(.commandLine, _, _, _, _): return self
        case .depositaryTable(let location, let kind, let date):
            return .depositaryTable(location: short(location), kind: kind, date: date)
        }
    }
}

extension EnglishStrings {
    func reason(_ stored: String) -> String { CorrectionReason(stored: stored).withoutFolders.description }
}

extension VietnameseStrings {
    func reason(_ stored: String) -> String {
        switch CorrectionReason(stored: stored).withoutFolders {
        case .typed(let words):
            return words
        case .givenAgain(let source, let reference, let newReference, let note, let newNote):
            var what: [String] = []
            if let reference { what.append(newReference ? "số hiệu mới \(reference)" : "số hiệu \(reference)") }
            if note { what.append(newNote ? "ghi chú mới" : "một ghi chú") }
            let from =
                switch source {
                case .commandLine: "lệnh 'ratify record'"
                case .file(let location): "tệp \(location)"
                }
            return "\(from) bổ sung \(what.joined(separator: " và "))"
        case .depositaryTable(let location, let kind, let date):
            let shown = ActionKind(rawValue: kind).map(action) ?? kind
            let day = (try? CivilDate.parse(date)).map(sentenceDate) ?? date
            return "bảng tình trạng của cơ quan lưu chiểu (\(location)) ghi \(shown) \(day)"
        }
    }
}
