import Testing

/// Help and reports against files in the repo (hledger's golden tests):
/// a change to them is re-recorded deliberately, never accepted by accident.
@Suite struct GoldenTests {
    @Test(arguments: [
        ["--help"], ["init", "--help"], ["record", "--help"], ["import", "--help"], ["status", "--help"],
        ["export", "--help"], ["history", "--help"], ["correct", "--help"], ["void", "--help"], ["treaty", "--help"],
    ])
    func help(_ arguments: [String]) {
        let run = Sandbox().run(arguments, env: ["COLUMNS": "100"])
        #expect(run.status == 0)
        expectGolden(run.stdout, "help-" + arguments.filter { $0 != "--help" }.joined(separator: "-").ifEmpty("ratify") + ".txt")
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
