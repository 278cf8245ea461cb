import Foundation
import Testing

/// `ratify report --format html` through the binary, and the page in a real
/// browser: headless Chromium renders it to a PNG, which must show the chart.
@Suite struct HTMLReportTests {
    static let arguments = ["report", "--format", "html", "--as-of", "2026-08-15", "--since", "2026-06-15"]

    @Test func goldenPage() throws {
        let sandbox = ReportTests().thresholdScenario()
        let run = sandbox.run(Self.arguments)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        expectGolden(run.stdout, "report-threshold-scenario.html")
        // Identical input and --as-of give identical output, to a file as to stdout.
        #expect(sandbox.run(Self.arguments).stdout == run.stdout)
        let file = sandbox.path("status.html")
        let written = sandbox.run(Self.arguments + ["--output", file])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.stdout)
    }

    @Test func helpListsTheFormat() {
        let run = Sandbox().run("report", "--help")
        #expect(run.status == 0 && run.stdout.contains("html"))
        #expect(Sandbox().run("report", "--format", "pdf").status == 64)
    }

    @Test func notesAndReferencesAreEscapedInThePage() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let hostile = #"<script>alert(1)</script> "x" & y"#
        #expect(sandbox.run(["record", "France", "ratification", "2026-01-10", "--ref", hostile, "--note", hostile]).status == 0)
        let run = sandbox.run("report", "--format", "html", "--as-of", "2026-02-01", "--since", "2026-01-01")
        #expect(run.status == 0)
        #expect(!run.stdout.contains("<script") && run.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; y"))
    }

    /// Headless Chromium renders the page at desktop and at phone width (where
    /// the narrow copy of the chart shows); each PNG must be a real page
    /// (mostly white, a good share of ink) with the chart's colours in it.
    @Test func chromiumRendersThePageWithTheChart() throws {
        guard let chromium = Self.onPath("chromium") else {
            Issue.record("chromium is not on PATH: run scripts/deps chromium (CI installs it; this test does not skip)")
            return
        }
        let sandbox = ReportTests().thresholdScenario()
        let page = sandbox.path("status.html")
        let run = sandbox.run(Self.arguments + ["--output", page])
        #expect(run.status == 0, "\(run.stderr)")

        for (name, size) in [("desktop", "1200,2400"), ("phone", "390,1600")] {
            let png = sandbox.path("\(name).png")
            let render = Self.runTool(
                chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--no-first-run", "--user-data-dir=\(sandbox.path("chromium-profile-\(name)"))",
                    "--screenshot=\(png)", "--window-size=\(size)", URL(fileURLWithPath: page).absoluteString,
                ], timeout: 180)
            #expect(render.status == 0, "chromium failed (\(name)): \(render.output.suffix(2000))")
            guard FileManager.default.fileExists(atPath: png) else {
                Issue.record("chromium wrote no screenshot (\(name)): \(render.output.suffix(2000))")
                continue
            }
            let measured = Self.runTool("/usr/bin/env", ["python3", "-c", Self.pngMeasure, png], timeout: 60)
            #expect(measured.status == 0, "\(measured.output)")
            let numbers = measured.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            guard numbers.count == 7 else {
                Issue.record("cannot read the PNG (\(name)): \(measured.output)")
                continue
            }
            let (width, height, ink) = (numbers[0], numbers[1], numbers[2])
            let (blue, orange, purple, green) = (numbers[3], numbers[4], numbers[5], numbers[6])
            #expect(width == Double(size.split(separator: ",")[0]) && height == Double(size.split(separator: ",")[1]))
            // Not blank, not a wall of colour: text, tables and a chart on white.
            #expect(ink > 0.02 && ink < 0.6, "\(name): \(ink) of the pixels are not white")
            // The SVG chart was drawn: its step lines (#1d4ed8, #b45309) and the
            // threshold-reached and entry-into-force lines (#6d28d9, #047857).
            #expect(blue > 300 && orange > 300, "\(name): \(blue) blue and \(orange) orange pixels")
            #expect(purple > 100 && green > 100, "\(name): \(purple) purple and \(green) green pixels: no chart?")
        }
    }

    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program with its output (stdout and stderr together) captured, killed after `timeout` seconds.
    static func runTool(_ executable: String, _ arguments: [String], timeout: TimeInterval) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ratify-tool-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        guard let handle = try? FileHandle(forWritingTo: output) else { return (-1, "cannot create \(output.path)") }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch { return (-1, "cannot run \(executable): \(error)") }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
            try? handle.close()
            return (-1, "\(executable) timed out after \(Int(timeout)) s")
        }
        try? handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }

    /// Decodes an 8-bit RGB or RGBA PNG with the standard library (zlib and
    /// the five row filters) and prints: width, height, the share of pixels
    /// that are not near white, and the numbers of pixels near the chart's
    /// blue and orange (also used by the page) and purple and green (the
    /// threshold and entry-into-force lines, only in the chart).
    static let pngMeasure = #"""
        import sys, struct, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour = struct.unpack('>IIBB', body[:10])
                interlace = body[12]
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        assert depth == 8 and colour in (2, 6) and interlace == 0, 'unsupported PNG: depth %d colour %d' % (depth, colour)
        bpp = 3 if colour == 2 else 4
        # Further colours to count, as rrggbb arguments after the file.
        extra = [tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) for h in sys.argv[2:]]
        counts = [0] * len(extra)
        raw = zlib.decompress(idat)
        stride = width * bpp
        previous = bytearray(stride)
        ink = blue = orange = purple = green = 0
        i = 0
        for _ in range(height):
            kind = raw[i]; i += 1
            row = bytearray(raw[i:i + stride]); i += stride
            for x in range(stride if kind else 0):
                a = row[x - bpp] if x >= bpp else 0
                b = previous[x]
                c = previous[x - bpp] if x >= bpp else 0
                if kind == 1: row[x] = (row[x] + a) & 255
                elif kind == 2: row[x] = (row[x] + b) & 255
                elif kind == 3: row[x] = (row[x] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    row[x] = (row[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                r, g, bl = row[x], row[x + 1], row[x + 2]
                if r < 235 or g < 235 or bl < 235: ink += 1
                if abs(r - 0x1d) < 40 and abs(g - 0x4e) < 40 and abs(bl - 0xd8) < 40: blue += 1
                if abs(r - 0xb4) < 40 and abs(g - 0x53) < 40 and abs(bl - 0x09) < 40: orange += 1
                if abs(r - 0x6d) < 24 and abs(g - 0x28) < 24 and abs(bl - 0xd9) < 24: purple += 1
                if abs(r - 0x04) < 24 and abs(g - 0x78) < 24 and abs(bl - 0x57) < 24: green += 1
                for n, (er, eg, eb) in enumerate(extra):
                    if abs(r - er) < 12 and abs(g - eg) < 12 and abs(bl - eb) < 12: counts[n] += 1
            previous = row
        print(width, height, ink / (width * height), blue, orange, purple, green, *counts)
        """#
}
