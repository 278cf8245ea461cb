import RatifyCore

// Every Vietnamese word of the forecast, for a native speaker to review with
// ReportStrings+Vietnamese.swift (same style: formal, "văn kiện" for an
// instrument, "nộp lưu chiểu" for a deposit; dates 31/12/2027 in tables and
// "ngày 31 tháng 12 năm 2027" in sentences; decimals with ","). The reference
// treaties' titles stay in English: the depositary's tables give no other.

/// The forecast's Vietnamese words.
struct VietnameseForecastStrings: ForecastStrings {
    let vietnamese = VietnameseStrings()
    var base: any ReportStrings { vietnamese }

    // MARK: The table of dates

    func heading(title: String, treaty: String, asOf: CivilDate) -> String {
        "\(title) \(vietnamese.treatyID(treaty)): dự báo tính đến \(vietnamese.sentenceDate(asOf))"
    }
    let sectionTitle = "Dự báo"
    func tableIntro(lowerBound: Bool) -> String {
        lowerBound
            ? "Không sớm hơn các ngày dưới đây, vì có một điều kiện không dự báo được (xem ghi chú); "
                + "khả năng đã xảy ra đến mỗi ngày tối đa là 10%, 50% và 90%:"
            : "Các ngày mà khả năng đã xảy ra lần lượt là 10%, 50% và 90%:"
    }
    func quantile(_ percent: Int) -> String { "\(percent)%" }
    func thresholdRow(_ threshold: Int, severalConditions: Bool) -> String {
        severalConditions ? "Đáp ứng mọi điều kiện" : "Văn kiện thứ \(vietnamese.number(threshold))"
    }
    let entryRow = "Điều ước có hiệu lực"
    func inForceBy(_ date: CivilDate, probability: Double, atMost: Bool) -> String {
        // An upper bound under 1% is simply "dưới 1%"; one over 99% says nothing more than "tối đa 100%".
        let figure = percent(probability, under: "dưới 1%", over: atMost ? "100%" : "trên 99%")
        return "Khả năng có hiệu lực đến hết \(vietnamese.sentenceDate(date)): \(atMost && figure != "dưới 1%" ? "tối đa " : "")" + figure
    }
    let noDates = "Không thể dự báo ngày."
    func notReached(_ probability: Double) -> String {
        (probability >= 0.5 ? "Khả năng ngưỡng không bao giờ đạt được cao hơn khả năng đạt được. " : "")
            + "Các ngày trên giả định rằng ngưỡng sẽ đạt được; căn cứ vào các điều ước tham chiếu, khả năng ngưỡng không đạt được "
            + "trong khoảng thời gian mà hồ sơ của chúng bao quát là \(chance(probability)) "
            + "(khả năng có hiệu lực nêu trên đã tính đến điều này)."
    }

    func chance(_ probability: Double) -> String { percent(probability, under: "dưới 1%", over: "trên 99%") }

    // MARK: The basis

    func basis(_ basis: Forecast.Basis) -> String {
        guard basis.referenceTreaties > 0 else { return "Không có điều ước tham chiếu nào để so sánh." }
        let nearest = basis.nearest.map { "\($0.title) (\($0.id))" }.joined(separator: "; ")
        return "Dựa trên \(vietnamese.number(basis.referenceTreaties)) điều ước tham chiếu do Tổng Thư ký Liên hợp quốc lưu chiểu, "
            + "có trọng số theo mức độ tương đồng ở cùng giai đoạn (tương đương \(decimal(basis.effectiveReferences, separator: ",")) "
            + "điều ước có trọng số bằng nhau)" + (nearest.isEmpty ? "." : "; gần nhất: \(nearest).")
    }
    func pace(_ basis: Forecast.Basis, asOf: CivilDate) -> String {
        guard basis.openedOn <= asOf else { return "Điều ước chưa mở ký: sẽ mở ký vào \(vietnamese.sentenceDate(basis.openedOn))." }
        return "Nhịp độ của chính điều ước: \(decimal(basis.pacePerYear, separator: ",")) văn kiện được tính mỗi năm "
            + "kể từ \(vietnamese.sentenceDate(basis.openedOn))."
    }
    let notesLabel = "Ghi chú"
    func note(_ note: ForecastNote) -> String {
        switch note {
        case .thresholdReached(let date):
            "Đã đạt ngưỡng vào \(vietnamese.sentenceDate(date)): các ngày trên là ngày theo hồ sơ, không phải dự báo."
        case .thresholdReachedIfAssumed(let date):
            "Nếu các văn kiện giả định được nộp lưu chiểu, ngưỡng sẽ đạt được muộn nhất vào \(vietnamese.sentenceDate(date)): "
                + "các ngày trên dựa vào chúng, không chỉ dựa vào hồ sơ."
        case .notYetOpen(let opens):
            "Điều ước chưa mở ký: sẽ mở ký vào \(vietnamese.sentenceDate(opens)). "
                + "Dự báo được tính từ ngày đó, như thể được lập vào ngày đó; điều ước chưa có nhịp độ riêng."
        case .onlyInstrumentsProjected(let asOf):
            "Chữ ký và tuyên bố rút khỏi ghi ngày sau \(vietnamese.sentenceDate(asOf)) không được tính vào dự báo; "
                + "chỉ các văn kiện đồng ý ràng buộc được tính từ ngày của chúng."
        case .onlyShareLeft:
            "Chỉ còn điều kiện về tỷ lệ theo trọng số: không thể dự báo ngày."
        case .allButShareHold:
            "Mọi điều kiện khác ngoài tỷ lệ theo trọng số đều đã đạt: không thể dự báo ngày."
        case .olderThanEveryReference(let years):
            "Đã \(vietnamese.number(years)) năm kể từ khi mở ký, điều ước này lâu hơn mọi điều ước tham chiếu "
                + "khi chúng còn chưa đạt số văn kiện này: nó được so sánh với các điều ước tham chiếu ở những thời điểm muộn nhất như vậy, "
                + "nên khoảng dự báo rộng."
        case .groupOrderAssumed:
            "Với điều kiện về một nhóm được nêu tên, các bên chưa bị ràng buộc và vẫn có thể nộp lưu chiểu (các bên đã ký, "
                + "các quốc gia hiện nay và các tổ chức hội nhập kinh tế khu vực có văn kiện được tính; không tính quốc gia đã không còn, "
                + "vùng lãnh thổ hay tổ chức khác) được giả định nộp lưu chiểu theo thứ tự ngẫu nhiên, các bên đã ký trước."
        case .noComparableReference:
            "Không có điều ước tham chiếu nào tương đồng: không thể dự báo ngày."
        case .neverReachedByReferences(let target):
            "Không điều ước tham chiếu tương đồng nào đạt \(vietnamese.number(target)) văn kiện trong hồ sơ của mình: không thể dự báo ngày."
        case .shareNotForecast(let share, let weight):
            "Không thể dự báo điều kiện các bên phải chiếm \(vietnamese.percent(share, decimalSeparator: ",")) tổng trọng số '\(weight)': "
                + "điều đó phụ thuộc vào việc bên nào nộp lưu chiểu, điều mà hồ sơ các điều ước tham chiếu không cho biết. "
                + "Các ngày trên là của các điều kiện còn lại, nên điều ước có hiệu lực không sớm hơn; các xác suất là mức tối đa."
        }
    }

    // MARK: The page and its chart

    let factLabel = "Ngày có hiệu lực (dự báo)"
    func factNever(_ notReached: Double) -> String { "Nhiều khả năng không đạt ngưỡng (\(chance(notReached)))" }
    func factRange(_ forecast: Forecast, dates: Forecast.Quantiles) -> String {
        let reached = 1 - forecast.basis.notReachedProbability
        return (forecast.isLowerBound ? "không sớm hơn ngày này; " : "")
            + (forecast.basis.notReachedProbability > 0 ? "nếu đạt ngưỡng (khả năng \(chance(reached))): " : "")
            + (forecast.neverLikelier ? "trung vị \(vietnamese.tableDate(dates.p50)), " : "")
            + "10–90%: từ \(vietnamese.tableDate(dates.p10)) đến \(vietnamese.tableDate(dates.p90))"
    }
    let legendCountBand = "Dự báo, 10–90%"
    let legendEntryBand = "Ngày có hiệu lực, 10–90%"
    let markerMedian = "Có hiệu lực: trung vị"
    func chartCaption(_ forecast: Forecast) -> String {
        "Các dải tô màu là dự báo, không phải hồ sơ, và chỉ đúng nếu đạt ngưỡng: số văn kiện được tính theo thời gian và ngày có hiệu lực, "
            + "mỗi dải nằm giữa mức có khả năng 10% và 90%"
            + (forecast.isLowerBound ? ", không sớm hơn mức thể hiện" : "") + ". " + chances(forecast)
            + "\(basis(forecast.basis)) \(pace(forecast.basis, asOf: forecast.asOf))"
    }
    /// The chance of never getting there and of being in force by each year's end, each a sentence ending in a space.
    func chances(_ forecast: Forecast) -> String {
        let notReached = forecast.basis.notReachedProbability
        let never =
            forecast.neverLikelier
            ? "Khả năng ngưỡng không bao giờ đạt được cao hơn khả năng đạt được: khả năng không đạt là \(chance(notReached)). "
            : notReached > 0 ? "Khả năng không đạt ngưỡng: \(chance(notReached)). " : ""
        return never
            + forecast.inForceBy.map { inForceBy($0.date, probability: $0.probability, atMost: forecast.isLowerBound) + ". " }.joined()
    }
    func chartDescription(_ forecast: Forecast) -> String {
        guard let entry = forecast.entryIntoForce else { return "" }
        return
            "Dự báo, nếu đạt ngưỡng: điều ước có hiệu lực trong khoảng từ \(vietnamese.sentenceDate(entry.p10)) đến \(vietnamese.sentenceDate(entry.p90)) "
            + "(khả năng 10% và 90%), trung vị là \(vietnamese.sentenceDate(entry.p50)). " + chances(forecast).trimmingSuffix()
    }
}
