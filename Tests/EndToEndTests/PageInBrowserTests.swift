import Foundation
import Testing

/// The page with its map in headless Chromium (issue 17), in English and
/// Vietnamese, at desktop and phone widths: the map is drawn, and on a
/// 390-pixel phone nothing but the table of participants scrolls sideways.
@Suite struct PageInBrowserTests {
    typealias Browser = HTMLReportTests

    /// The demo's record (the Hanoi signatures and the scenario's ratifications)
    /// as of 22 November 2026, with a correction and a void among the changes.
    func pages() -> (Sandbox, [(language: String, path: String)]) { Self.demoPages(named: "status", ["--since", "2026-09-01"]) }

    /// The demo's pages in English and Vietnamese as of 22 November 2026,
    /// written as NAME-LANGUAGE.html with the report options given.
    static func demoPages(named name: String, _ options: [String]) -> (Sandbox, [(language: String, path: String)]) {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        precondition(sandbox.run("import", fixture("scenario-ratifications.csv"), "-q").status == 0)
        let pages = ["en", "vi"].map { language in
            let path = sandbox.path("\(name)-\(language).html")
            let run = sandbox.run(["report", "--format", "html", "--lang", language, "--as-of", "2026-11-22", "--output", path] + options)
            precondition(run.status == 0, run.stderr)
            return (language, path)
        }
        return (sandbox, pages)
    }

    func chromium() -> String? {
        guard let chromium = Browser.onPath("chromium") else {
            Issue.record("chromium is not on PATH: run scripts/deps chromium (CI installs it; this test does not skip)")
            return nil
        }
        return chromium
    }

    @Test func theMapIsDrawnInBothLanguagesAtBothWidths() throws {
        guard let chromium = chromium() else { return }
        let (sandbox, pages) = pages()
        for (language, page) in pages {
            #expect(try Data(contentsOf: URL(fileURLWithPath: page)).count < 400_000)
            for (name, size) in [("desktop", "1200,2400"), ("phone", "390,2400")] {
                let png = sandbox.path("\(language)-\(name).png")
                let render = Browser.runTool(
                    chromium,
                    [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
                        "--user-data-dir=\(sandbox.path("profile-\(language)-\(name)"))", "--screenshot=\(png)", "--window-size=\(size)",
                        URL(fileURLWithPath: page).absoluteString,
                    ], timeout: 180)
                #expect(render.status == 0, "chromium failed (\(language), \(name)): \(render.output.suffix(2000))")
                // The map's light blue (signed) and blue (bound), and its grey (no action).
                let measured = Browser.runTool("/usr/bin/env", ["python3", "-c", Browser.pngMeasure, png, "93c5fd", "2563eb"], timeout: 60)
                let numbers = measured.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
                guard numbers.count == 9 else {
                    Issue.record("cannot read the PNG (\(language), \(name)): \(measured.output)")
                    continue
                }
                #expect(numbers[2] > 0.02 && numbers[2] < 0.6, "\(language) \(name): \(numbers[2]) of the pixels are not white")
                #expect(
                    numbers[7] > 500 && numbers[8] > 300, "\(language) \(name): \(numbers[7]) light and \(numbers[8]) blue pixels: no map?")
            }
        }
    }

    /// A page holding the report in a 390-pixel frame measures, once loaded,
    /// how far each table and the page reach past their width (the report
    /// itself has no script; the probe is the test's).
    @Test func onAPhoneOnlyTheParticipantsTableScrollsSideways() throws {
        guard let chromium = chromium() else { return }
        let (sandbox, pages) = pages()
        for (language, page) in pages {
            let probe = sandbox.write(
                "probe-\(language).html",
                """
                <!DOCTYPE html><html><body style="margin:0">
                <iframe id="f" src="\(URL(fileURLWithPath: page).lastPathComponent)" style="width:390px;height:30000px;border:0"></iframe>
                <pre id="out">not measured</pre>
                <script>
                window.addEventListener('load', () => {
                  const d = document.getElementById('f').contentDocument;
                  const lines = ['page ' + (d.documentElement.scrollWidth - d.documentElement.clientWidth)];
                  for (const w of d.querySelectorAll('.table-wrap')) {
                    lines.push(w.querySelector('table').className + ' ' + (w.scrollWidth - w.clientWidth));
                  }
                  document.getElementById('out').textContent = lines.join(';');
                });
                </script></body></html>
                """)
            let run = Browser.runTool(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--user-data-dir=\(sandbox.path("profile-probe-\(language)"))", "--allow-file-access-from-files",
                    "--virtual-time-budget=5000", "--dump-dom", URL(fileURLWithPath: probe).absoluteString,
                ], timeout: 180)
            let measured = run.output.components(separatedBy: "<pre id=\"out\">").dropFirst().first?.prefix { $0 != "<" } ?? ""
            var overflow: [String: Int] = [:]
            for item in measured.split(separator: ";") {
                let parts = item.split(separator: " ")
                guard parts.count == 2, let pixels = Int(parts[1]) else { continue }
                overflow[String(parts[0])] = max(overflow[String(parts[0])] ?? 0, pixels)
            }
            // The page, the regional table, the changes and the latest actions fit; the participants scroll.
            #expect(overflow["page"] == 0 && overflow["groups"] == 0 && overflow["stack"] == 0, "\(language): \(measured)")
            #expect((overflow["dense"] ?? 0) > 0, "\(language): \(measured)")
        }
    }
}
