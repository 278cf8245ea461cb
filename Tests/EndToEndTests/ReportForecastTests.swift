import Foundation
import Testing

/// The forecast in the daily report (issue 15): a section in text and
/// Markdown, an object in the JSON, shaded bands on the page's chart; none
/// of it once the record settles the dates, but for the JSON's.
@Suite struct ReportForecastTests {
    let base = ["report", "--as-of", "2026-11-22", "--since", "2026-11-01"]

    @Test func theDemoReportForecastsInEveryFormat() throws {
        let sandbox = ForecastCommandTests().demo()
        let forecast = try #require(
            try JSONSerialization.jsonObject(with: Data(sandbox.run("forecast", "--json", "--as-of", "2026-11-22").stdout.utf8))
                as? [String: Any])
        let text = sandbox.run(base)
        #expect(text.status == 0)
        expectGolden(text.stdout, "report-demo.txt")
        #expect(text.stdout.contains("\nForecast\n  The dates by which each is 10%, 50% and 90% likely:\n"))
        let markdown = sandbox.run(base + ["--format", "markdown"]).stdout
        expectGolden(markdown, "report-demo.md")
        #expect(markdown.contains("\n## Forecast\n\n") && markdown.contains("| The 40th instrument | "))
        let vietnamese = sandbox.run(base + ["--lang", "vi"]).stdout
        #expect(vietnamese.contains("\nDự báo\n") && vietnamese.contains("Văn kiện thứ 40"))

        // The JSON carries the forecast command's object whole.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(sandbox.run(base + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let inReport = try #require(json["forecast"] as? [String: Any])
        let canonical = { (object: [String: Any]) in try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        #expect(try canonical(inReport) == canonical(forecast))

        // The page: the two bands, the median marked, a caption that says it is a forecast and what it rests on.
        let page = sandbox.path("page.html")
        #expect(sandbox.run(base + ["--format", "html", "--output", page]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.utf8.count < 400_000)
        for part in [
            "class=\"forecast-band\"", "class=\"forecast-entry-band\"", "class=\"forecast-median\"", "Forecast, 10–90%",
            "Entry into force, 10–90%", "In force: median", "The bands are a forecast, not a record",
            "Based on 143 reference treaties", "Entry into force, forecast",
        ] {
            #expect(html.components(separatedBy: part).count >= 2, "no \(part)")
        }
        // Drawn twice, wide and narrow.
        #expect(html.components(separatedBy: "class=\"forecast-band\"").count == 3)
    }

    @Test func onceTheThresholdIsReachedOnlyTheJSONSaysSo() throws {
        let sandbox = ReportTests().thresholdScenario()
        let arguments = ["report", "--as-of", "2026-08-15", "--since", "2026-06-15"]
        for format in ["text", "markdown", "html"] {
            let run = sandbox.run(arguments + ["--format", format])
            #expect(run.status == 0 && !run.stdout.contains("Forecast") && !run.stdout.contains("forecast-band"), "\(format)")
        }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(sandbox.run(arguments + ["--format", "json"]).stdout.utf8)) as? [String: Any])
        let forecast = try #require(json["forecast"] as? [String: Any])
        #expect(forecast["certain"] as? Bool == true)
        #expect((forecast["entry_into_force"] as? [String: String])?["p90"] == "2026-09-29")
    }
}
