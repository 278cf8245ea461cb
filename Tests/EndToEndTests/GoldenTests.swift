import Foundation
import Testing

/// Help and reports against files in the repo (hledger's golden tests):
/// a change to them is re-recorded deliberately, never accepted by accident.
@Suite struct GoldenTests {
    @Test(arguments: [
        ["--help"], ["init", "--help"], ["record", "--help"], ["import", "--help"], ["status", "--help"],
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
            guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
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
