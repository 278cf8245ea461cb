import Foundation
import Testing

/// The page as a reader sees it in headless Chromium: at 1280 pixels every
/// table fits its box (the English changes and the Vietnamese participants
/// were cut), and on a 390-pixel phone a stacked row's labels keep the text
/// font (a reference's monospace detached the Vietnamese diacritics) and the
/// map keeps a readable width, scrolling sideways in its own box.
@Suite struct PageLayoutTests {
    typealias Browser = HTMLReportTests

    /// The first report of the demo's record in each language (every action
    /// is a change: the longest notes and references).
    func pages() -> (Sandbox, [(language: String, path: String)]) { PageInBrowserTests.demoPages(named: "first", []) }

    /// Loads `page` in a frame `width` pixels wide and returns what `script`
    /// (a function body of `d`, the frame's document, returning a string) gives.
    func measure(_ page: String, width: Int, _ script: String, in sandbox: Sandbox, name: String) -> String? {
        guard let chromium = Browser.onPath("chromium") else {
            Issue.record("chromium is not on PATH: run scripts/deps chromium (CI installs it; this test does not skip)")
            return nil
        }
        let probe = sandbox.write(
            "probe-\(name).html",
            """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe id="f" src="\(URL(fileURLWithPath: page).lastPathComponent)" style="width:\(width)px;height:30000px;border:0"></iframe>
            <pre id="out">not measured</pre>
            <script>
            window.addEventListener('load', () => {
              const d = document.getElementById('f').contentDocument;
              document.getElementById('out').textContent = (d => { \(script) })(d);
            });
            </script></body></html>
            """)
        let run = Browser.runTool(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(sandbox.path("profile-\(name)"))", "--allow-file-access-from-files", "--window-size=1400,2000",
                "--virtual-time-budget=5000", "--dump-dom", URL(fileURLWithPath: probe).absoluteString,
            ], timeout: 180)
        return run.output.components(separatedBy: "<pre id=\"out\">").dropFirst().first.map { String($0.prefix { $0 != "<" }) }
    }

    @Test func everyTableFitsTheDesktopPage() throws {
        let (sandbox, pages) = pages()
        for (language, page) in pages {
            let script = """
                return [...d.querySelectorAll('.table-wrap')].map(w => w.querySelector('table').className + ' '
                  + (w.scrollWidth - w.clientWidth)).join(';');
                """
            guard let measured = measure(page, width: 1280, script, in: sandbox, name: "desktop-\(language)") else { continue }
            let tables = measured.split(separator: ";")
            #expect(tables.count == 4, "\(language): \(measured)")
            for table in tables {
                #expect(table.hasSuffix(" 0"), "\(language): a table is wider than its box at 1280 pixels: \(measured)")
            }
        }
    }

    @Test func onAPhoneTheLabelsKeepTheTextFontAndTheMapScrolls() throws {
        let (sandbox, pages) = pages()
        for (language, page) in pages {
            let script = """
                const ref = d.querySelector('table.stack td.ref');
                const map = d.querySelector('.world-map-scroll');
                return [getComputedStyle(ref, '::before').fontFamily.includes('monospace') ? 'mono' : 'sans',
                  map.scrollWidth - map.clientWidth, d.documentElement.scrollWidth - d.documentElement.clientWidth].join(';');
                """
            guard let measured = measure(page, width: 390, script, in: sandbox, name: "phone-\(language)") else { continue }
            let parts = measured.split(separator: ";").map(String.init)
            guard parts.count == 3, let mapOverflow = Int(parts[1]), let pageOverflow = Int(parts[2]) else {
                Issue.record("\(language): not measured: \(measured)")
                continue
            }
            #expect(parts[0] == "sans", "\(language): the label of a reference takes its monospace font")
            #expect(mapOverflow > 200, "\(language): the map is shrunk to the phone's width (\(mapOverflow) pixels to scroll)")
            #expect(pageOverflow == 0, "\(language): the page scrolls sideways by \(pageOverflow) pixels")
        }
    }
}
