import RatifyCore

// Every Vietnamese word ratify prints, in one file for a native speaker to
// review: the labels, sentences and date formats of `status` and the report
// (text, Markdown, HTML, its chart and map). The style is a ministry's: formal,
// "văn kiện" for an instrument, "nộp lưu chiểu" for a deposit, the action
// names of the Vietnamese text of the Vienna Convention on the Law of
// Treaties (phê chuẩn, chấp thuận, phê duyệt, gia nhập). Dates are
// 25/10/2025 in tables and "ngày 25 tháng 10 năm 2025" in sentences; numbers
// group thousands with "." and write decimals with ",". Participants' names
// come from the reference data (scripts/reference/vietnamese.csv), not from here.

/// The Vietnamese words.
struct VietnameseStrings: ReportStrings {
    // MARK: Numbers, dates, names

    func number(_ n: Int) -> String { grouped(n, separator: ".") }
    func countOf(_ count: Int, _ total: Int) -> String { "\(number(count))/\(number(total))" }
    func tableDate(_ date: CivilDate) -> String { "\(twoDigits(date.day))/\(twoDigits(date.month))/\(date.year)" }
    func sentenceDate(_ date: CivilDate) -> String { "ngày \(date.day) tháng \(date.month) năm \(date.year)" }
    func chartDate(_ date: CivilDate) -> String { tableDate(date) }
    func axisMonth(_ date: CivilDate) -> String { "\(date.month)/\(date.year)" }
    func axisDay(_ date: CivilDate, withYear: Bool) -> String { "\(date.day)/\(date.month)" + (withYear ? "/\(date.year)" : "") }
    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    func action(_ kind: ActionKind) -> String {
        switch kind {
        case .signature: "ký"
        case .ratification: "phê chuẩn"
        case .acceptance: "chấp thuận"
        case .approval: "phê duyệt"
        case .accession: "gia nhập"
        case .succession: "kế thừa"
        case .consentToBeBound: "đồng ý chịu sự ràng buộc"
        case .provisionalApplication: "áp dụng tạm thời"
        case .application: "áp dụng"
        case .denunciation: "rút khỏi"
        }
    }
    func actionOn(_ kind: ActionKind, _ date: CivilDate) -> String { "\(action(kind)) \(tableDate(date))" }
    let assumedLabel = "Giả định"
    let assumedMark = "(giả định)"
    let projectionLabel = "Dự phóng"
    func projection(_ p: StatusProjection, threshold: Int) -> String {
        let outcome =
            p.entryIntoForce.map {
                "đạt ngưỡng \(sentenceDate(p.thresholdReachedOn!)), có hiệu lực \(sentenceDate($0))"
            } ?? "còn thiếu \(number(p.remaining))"
        return "đến \(sentenceDate(p.asOf)): \(number(p.counted))/\(number(threshold)) văn kiện được tính; \(outcome)"
    }
    func group(_ group: RegionalGroup) -> String {
        switch group {
        case .african: "Châu Phi"
        case .asiaPacific: "Châu Á - Thái Bình Dương"
        case .easternEuropean: "Đông Âu"
        case .latinAmericanAndCaribbean: "Mỹ Latinh và Caribe"
        case .westernEuropeanAndOthers: "Tây Âu và các nước khác"
        case .reio: "Tổ chức hội nhập kinh tế khu vực"
        case .none: "Ngoài các nhóm"
        }
    }
    let yes = "có"
    let no = "không"
    func treatyID(_ id: String) -> String { "(\(id))" }

    // MARK: Where the treaty stands

    let signatories = "Bên đã ký"
    let instruments = "Văn kiện"
    let counted = "Được tính"
    let remaining = "Còn thiếu"
    let thresholdReached = "Đạt ngưỡng"
    let threshold = "Ngưỡng"
    let entryIntoForce = "Ngày có hiệu lực"
    let notYet = "chưa"
    func reachedOn(_ date: CivilDate) -> String { "đạt vào \(sentenceDate(date))" }
    let notYetReached = "chưa đạt"
    func instrumentsInEffect(_ n: Int, notCounted: Int) -> String {
        "\(number(n)) còn hiệu lực" + (notCounted > 0 ? " (\(number(notCounted)) không được tính)" : "")
    }
    func conditionLabel(count: Bool, scope: String?) -> String {
        count ? "số văn kiện (\(scope ?? "tất cả"))" : "tỷ lệ (\(scope ?? ""))"
    }
    func percentOf(_ current: Double, _ required: Double) -> String {
        "\(percent(current, decimalSeparator: ",")) trên \(percent(required, decimalSeparator: ","))"
    }
    let met = "đã đạt"
    let inForce = "đã có hiệu lực"
    let sinceToday = "(từ hôm nay)"
    func sinceDays(_ days: Int) -> String { "(được \(number(days)) ngày)" }
    func inDays(_ days: Int) -> String { "còn \(number(days)) ngày nữa" }
    let today = "hôm nay"
    func earliest(_ earliest: CivilDate, remaining: Int, asOf: CivilDate) -> String {
        "chưa xác định; sớm nhất là \(sentenceDate(earliest)), nếu thêm \(number(remaining)) văn kiện được nộp lưu chiểu vào \(sentenceDate(asOf))"
    }
    func headline(_ report: DailyReport) -> String {
        let s = report.status
        if s.inForce, let eif = s.entryIntoForce {
            return "Đã có hiệu lực từ \(sentenceDate(eif)) (\(number(s.counted)) văn kiện được tính; ngưỡng là \(number(s.threshold)))."
        }
        if let eif = s.entryIntoForce, let reached = s.thresholdReachedOn, let days = report.daysToEntryIntoForce {
            return "Đã đạt ngưỡng vào \(sentenceDate(reached)); điều ước sẽ có hiệu lực vào \(sentenceDate(eif)), \(inDays(days))."
        }
        return "Đã có \(countOf(s.counted, s.threshold)) văn kiện được tính; còn thiếu \(number(s.remaining)) văn kiện."
    }

    // MARK: status

    func statusHeading(title: String, treaty: String, asOf: CivilDate) -> String {
        "\(title) \(treatyID(treaty)), tính đến \(sentenceDate(asOf))"
    }
    let noActionsYet = "Chưa có hành động nào được ghi nhận: dùng 'ratify record STATE ACTION DATE' hoặc 'ratify import FILE'."
    let columnState = "Mã"
    let columnName = "Tên"
    let columnSignature = "Ngày ký"
    let columnConsent = "Văn kiện"
    let columnInForceFor = "Có hiệu lực từ"
    let columnDenunciation = "Rút khỏi"
    func denunciation(_ date: CivilDate, effective: CivilDate) -> String {
        "\(tableDate(date)) (có hiệu lực từ \(tableDate(effective)))"
    }
    let columnTreaty = "Điều ước"
    let columnTitle = "Tên điều ước"
    let inForceMark = "(đã có hiệu lực)"

    // MARK: The report

    func reportAsOf(_ date: CivilDate) -> String { "Báo cáo tính đến \(sentenceDate(date))" }
    func windowTitle(_ window: DailyReport.Window) -> String {
        switch window {
        case .firstReport: "Đã ghi nhận đến nay (báo cáo đầu tiên)"
        case .previousReport(let ranAt): "Ghi nhận kể từ báo cáo trước (lập lúc \(timestamp(ranAt)))"
        case .since(let date): "Các hành động từ \(sentenceDate(date)) trở đi"
        }
    }
    /// "2026-11-23T12:00:00Z" as "12:00 UTC ngày 23 tháng 11 năm 2026" (a sentence's date); any other form as it is.
    private func timestamp(_ text: String) -> String {
        guard let (date, time) = utcTimestamp(text) else { return text }
        return "\(time) UTC \(sentenceDate(date))"
    }
    func countsMoved(from before: DailyReport.Counts, to now: DailyReport.Counts) -> String? {
        let moved = [
            ("được tính", before.counted, now.counted), ("văn kiện còn hiệu lực", before.instruments, now.instruments),
            ("bên đã ký", before.signatories, now.signatories),
        ].filter { $0.1 != $0.2 }.map { "\($0.0) \(number($0.1)) → \(number($0.2))" }
        guard !moved.isEmpty else { return nil }
        return "Thay đổi so với báo cáo trước: " + moved.joined(separator: "; ")
    }
    let none = "không có"
    let columnDate = "Ngày"
    let columnAction = "Hình thức"
    let columnChange = "Thay đổi"
    let columnReference = "Số hiệu"
    let columnGroup = "Nhóm"
    func change(_ change: DailyReport.Change) -> String {
        var text =
            switch change.kind {
            case .recorded: "mới"
            case .correction(let of, let reason): "đính chính #\(of) (\(self.reason(reason)))"
            case .voided(let reason): "hủy bỏ (\(reason))"
            }
        switch change.fate {
        case .correctedBy(let id): text += "; sau đó được đính chính bởi #\(id)"
        case .voided(let reason): text += "; sau đó bị hủy bỏ (\(reason))"
        case nil: break
        }
        return text
    }
    let latestActions = "Cập nhật gần nhất"
    let byGroup = "Theo nhóm khu vực của Liên hợp quốc"
    let total = "Tổng cộng"
    let instrumentsInEffectLabel = "Văn kiện còn hiệu lực"
    func notYetKnown(earliest: CivilDate?) -> String { "chưa xác định" + (earliest.map { " (sớm nhất là \(sentenceDate($0)))" } ?? "") }

    // MARK: The HTML page

    let pageEyebrow = "Báo cáo tình hình ký kết và phê chuẩn điều ước"
    func pageTitle(_ title: String, asOf: CivilDate) -> String { "\(title): tình hình tính đến \(sentenceDate(asOf))" }
    let treatyLabel = "Điều ước"
    let asOfLabel = "tính đến"
    let badgeInForce = "Đã có hiệu lực"
    let badgeThresholdReached = "Đã đạt ngưỡng; chưa có hiệu lực"
    let badgeNotInForce = "Chưa có hiệu lực"
    let summaryLabel = "Tình hình của điều ước"
    let progressLabel = "Số văn kiện được tính vào ngưỡng"
    func progressValue(_ counted: Int, _ threshold: Int) -> String { "\(countOf(counted, threshold)) văn kiện được tính" }
    func progressScale(_ threshold: Int) -> String { "Ngưỡng: \(number(threshold)) văn kiện được tính" }
    let thresholdReachedOn = "Ngày đạt ngưỡng"
    func notCounted(_ n: Int) -> String { "\(number(n)) văn kiện không được tính" }
    let notYetKnownShort = "chưa xác định"
    func earliestIfAllDeposited(_ earliest: CivilDate) -> String {
        "sớm nhất là \(sentenceDate(earliest)) nếu mọi văn kiện còn thiếu được nộp lưu chiểu vào ngày báo cáo"
    }
    let chartHeading = "Chữ ký và văn kiện theo thời gian"
    func chartCaption(threshold: Int, asOf: CivilDate, future: Bool) -> String {
        "Số chữ ký và số văn kiện được tính vào ngưỡng \(number(threshold)) văn kiện, cộng dồn theo ngày, đến \(sentenceDate(asOf))"
            + (future ? "; phần tô nền là giai đoạn sắp tới." : ".")
    }
    let mapHeading = "Tình hình trên thế giới"
    var mapLabels: WorldMapLabels { .vietnamese }
    func mapTitle(name: String, status p: ParticipantStatus, asOf: CivilDate) -> String {
        var parts: [String] = []
        // A sentence, so its dates are the long form ("ngày 25 tháng 10 năm 2025"), not the tables' 25/10/2025.
        if let signed = p.signature { parts.append("ký \(sentenceDate(signed))") }
        if let consent = p.consent { parts.append("\(action(consent.action)) \(sentenceDate(consent.date))") }
        if let from = p.inForceFor { parts.append("điều ước có hiệu lực từ \(sentenceDate(from))") }
        if let d = p.denunciation { parts.append("rút khỏi \(sentenceDate(d.date)), có hiệu lực từ \(sentenceDate(d.effective))") }
        return name + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
    }
    let groupsCaption = "Số bên đã ký, số văn kiện còn hiệu lực và số văn kiện được tính vào ngưỡng, theo nhóm khu vực của Liên hợp quốc"
    let columnSigned = "Đã ký"
    let columnInEffect = "Còn hiệu lực"
    let changesHeading = "Thay đổi gần đây"
    let columnParticipant = "Bên tham gia"
    let columnDepositaryReference = "Số hiệu thông báo lưu chiểu"
    let columnNote = "Ghi chú"
    func correctionReason(_ reason: String) -> String { "Lý do đính chính: \(self.reason(reason))" }
    func moreChanges(_ n: Int) -> String {
        "…và \(number(n)) thay đổi trước đó không được liệt kê ở đây; hành động của từng bên có trong bảng các bên tham gia."
    }
    func latestCaption(_ n: Int) -> String { "\(number(n)) hành động gần nhất còn hiệu lực, mới nhất ở trên" }
    let participantsHeading = "Các bên tham gia"
    func participantsCaption(_ n: Int, asOf: CivilDate) -> String {
        "Mọi bên tham gia có hành động đến hết \(sentenceDate(asOf)) (\(number(n)) bên), xếp theo tên"
    }
    func noActionOnOrBefore(_ date: CivilDate) -> String { "Chưa có hành động nào được ghi nhận đến hết \(sentenceDate(date))." }
    let columnCounted = "Được tính"
    func denounced(_ date: CivilDate, effective: CivilDate) -> String {
        "rút khỏi ngày \(tableDate(date)), có hiệu lực từ ngày \(tableDate(effective))"
    }
    func footer(asOf: CivilDate) -> String {
        "Trang này do ratify lập từ các hành động được ghi nhận đến hết \(sentenceDate(asOf)). Ngày tháng là ngày theo lịch. "
            + "Văn kiện được tính vào ngưỡng theo quy định của điều ước; "
            + "\u{201C}có hiệu lực từ\u{201D} là ngày điều ước bắt đầu ràng buộc từng bên, khi đã xác định được."
    }

    // MARK: The chart

    let chartTitle = "Số chữ ký và số văn kiện được tính theo thời gian"
    let legendSignatures = "Chữ ký"
    let legendCounted = "Văn kiện được tính"
    func legendThreshold(_ n: Int) -> String { "Ngưỡng (\(number(n)))" }
    func legendAsOf(_ date: CivilDate) -> String { "Tính đến \(chartDate(date))" }
    let markerThresholdReached = "Đạt ngưỡng"
    let markerInForce = "Có hiệu lực"
    let markerEntersIntoForce = "Sẽ có hiệu lực"
    func lineValue(_ n: Int, signatures: Bool, on date: CivilDate) -> String {
        "\(number(n)) \(signatures ? "chữ ký" : "văn kiện được tính") vào \(sentenceDate(date))"
    }
    func chartDescription(_ status: TreatyStatus, series: ProgressSeries) -> String {
        let asOf = status.asOf
        var text = "Biểu đồ bậc thang thể hiện số chữ ký và số văn kiện được tính vào ngưỡng, cộng dồn đến \(sentenceDate(asOf))."
        if let first = series.signatures.first {
            text +=
                " Chữ ký: \(number(ProgressSeries.value(of: series.signatures, on: asOf))), chữ ký đầu tiên vào \(sentenceDate(first.date))."
        } else {
            text += " Chưa có chữ ký nào."
        }
        if let first = series.counted.first {
            text +=
                " Văn kiện được tính: \(number(ProgressSeries.value(of: series.counted, on: asOf))), văn kiện đầu tiên được nộp lưu chiểu vào \(sentenceDate(first.date))."
        } else {
            text += " Chưa có văn kiện nào được tính."
        }
        text += " Ngưỡng: \(number(status.threshold)) văn kiện được tính"
        text += status.thresholdReachedOn.map { ", đạt vào \(sentenceDate($0))" } ?? ", còn thiếu \(number(status.remaining))"
        if let eif = status.entryIntoForce {
            text += status.inForce ? "; đã có hiệu lực từ \(sentenceDate(eif))." : "; sẽ có hiệu lực vào \(sentenceDate(eif))."
        } else {
            text += "; chưa xác định ngày có hiệu lực."
        }
        return text
    }
}

extension WorldMapLabels {
    static let vietnamese = WorldMapLabels(
        title: "Tình trạng của từng quốc gia trên bản đồ thế giới",
        signed: "Đã ký",
        bound: "Đã phê chuẩn, chấp thuận, phê duyệt hoặc gia nhập",
        inForce: "Đã có hiệu lực",
        denounced: "Đã tuyên bố rút khỏi",
        none: "Chưa có hành động",
        legend: "Chú giải bản đồ",
        offMap: "Không thể hiện trên bản đồ:",
        caption: "Đường biên giới và tên gọi trên bản đồ này chỉ mang tính minh họa, không hàm ý bất kỳ quan điểm nào "
            + "về địa vị của bất kỳ quốc gia, vùng lãnh thổ nào hay về đường biên giới của họ. "
            + "Các quốc gia quá nhỏ được thể hiện bằng dấu chấm. Dữ liệu bản đồ: Natural Earth (phạm vi công cộng).")
}
