import Foundation
import Testing

/// Help and reports against files in the repo (hledger's golden tests):
/// a change to them is re-recorded deliberately, never accepted by accident.
@Suite struct GoldenTests {
    @Test(arguments: [
        ["--help"], ["init", "--help"], ["record", "--help"], ["import", "--help"], ["status", "--help"], ["forecast", "--help"],
        ["history", "--help"], ["correct", "--help"], ["void", "--help"], ["export", "--help"], ["report", "--help"],
        ["alert", "--help"], ["alert", "config", "--help"], ["alert", "list", "--help"], ["treaty", "--help"],
        ["treaty", "add", "--help"], ["treaty", "list", "--help"], ["treaty", "show", "--help"], ["backup", "--help"],
        ["check", "--help"],
    ])
    func help(_ arguments: [String]) {
        let run = Sandbox().run(arguments, env: ["COLUMNS": "100"])
        #expect(run.status == 0)
        expectGolden(run.stdout, "help-" + arguments.filter { $0 != "--help" }.joined(separator: "-").ifEmpty("ratify") + ".txt")
    }

    /// Every command and subcommand `ratify --help` lists has a golden help
    /// file, so a new command cannot go without one.
    @Test func everyCommandHasAGoldenHelp() throws {
        func subcommands(_ path: [String]) -> [String] {
            let help = Sandbox().run(path + ["--help"], env: ["COLUMNS": "100"]).stdout
            guard let after = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first,
                let section = after.components(separatedBy: "\n\n").first
            else { return [] }
            return section.split(separator: "\n").compactMap { line in
                line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
            }.filter { $0 != "See" }
        }
        var missing: [String] = []
        var queue: [[String]] = [[]]
        while let path = queue.popLast() {
            let name = "help-" + path.joined(separator: "-").ifEmpty("ratify") + ".txt"
            if !FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/\(name)").path) {
                missing.append(name)
            }
            queue += subcommands(path).map { path + [$0] }
        }
        #expect(missing.isEmpty, "no golden help for: \(missing)")
    }

    /// Every help ends with real examples.
    @Test func everyHelpEndsWithExamples() throws {
        let folder = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden")
        let helps = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("help-") }
        #expect(helps.count >= 19)
        for name in helps {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let examples = text.components(separatedBy: "\nEXAMPLES:\n").dropFirst().first ?? ""
            #expect(!examples.isEmpty && examples.split(separator: "\n").allSatisfy { $0.hasPrefix("  ratify ") }, "\(name)")
        }
    }

    /// A mistyped command gets the closest one.
    @Test func aMistypedCommandSuggestsTheRightOne() {
        let run = Sandbox().run("stauts")
        #expect(run.status == 64 && run.stderr.hasPrefix("ratify: error: Unexpected argument 'stauts'\nratify: did you mean 'status'?\n"))
        #expect(Sandbox().run("alert", "confg").stderr.contains("did you mean 'config'?"))
        #expect(!Sandbox().run("zzzzzz").stderr.contains("did you mean"))
    }

    @Test func statusOfTheDemoScenario() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        sandbox.run("import", fixture("scenario-ratifications.csv"), "-q")
        expectGolden(sandbox.run("status", "--as-of", "2026-11-22").stdout, "status-demo.txt")
        expectGolden(sandbox.run("status", "--json", "--as-of", "2026-11-22").stdout, "status-demo.json")
        expectGolden(sandbox.run("export").stdout, "export-demo.csv")
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
