import Foundation
import RatifyCore

/// `ratify-backtest`: leave-one-out over the reference histories. Each case
/// is forecast from every other history, never its own, and scored against
/// the real date and two baselines. Exit 1 when an aim is missed.
///
///     ratify-backtest [--histories FILE [--with-built-in]] [--cases] [--sensitivity] [--set NAME=VALUE]...
///
/// `--set` changes one of ForecastParameters' bandwidths (instruments,
/// signatures, age, eraYears, minimumEffective), to explore.
@main
struct Backtest {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let showCases = take("--cases", from: &arguments)
        let sensitivity = take("--sensitivity", from: &arguments)
        let withBuiltIn = take("--with-built-in", from: &arguments)
        var parameters = ForecastParameters.standard
        while let index = arguments.firstIndex(of: "--set") {
            guard index + 1 < arguments.count else { fail("--set needs NAME=VALUE", code: 64) }
            let pair = arguments[index + 1].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, let value = Double(pair[1]), let knob = knobs.first(where: { $0.name == pair[0] }) else {
                fail(
                    "--set \(arguments[index + 1]): expected NAME=NUMBER, NAME one of " + knobs.map(\.name).joined(separator: ", "),
                    code: 64)
            }
            knob.set(&parameters, value)
            arguments.removeSubrange(index...index + 1)
        }
        var references = ReferenceHistories.builtIn
        var source = "the built-in reference histories (fixtures/untc-tables)"
        if let index = arguments.firstIndex(of: "--histories") {
            guard index + 1 < arguments.count else { fail("--histories needs a file", code: 64) }
            let path = arguments[index + 1]
            do { references = try HistoriesFile.read(path) } catch { fail("\(error)", code: 66) }
            source = path
            arguments.removeSubrange(index...index + 1)
            // How the table names the source, when the file is a temporary one.
            if let label = arguments.firstIndex(of: "--label"), label + 1 < arguments.count {
                source = arguments[label + 1]
                arguments.removeSubrange(label...label + 1)
            }
            if withBuiltIn {
                // The file's histories, and the built-in ones it does not replace.
                let ids = Set(references.histories.map(\.id))
                let builtIn = ReferenceHistories.builtIn
                references = ReferenceHistories(
                    histories: references.histories + builtIn.histories.filter { !ids.contains($0.id) },
                    observedUntil: max(references.observedUntil, builtIn.observedUntil))
                source += " and the built-in ones"
            }
        }
        guard arguments.isEmpty else {
            fail(
                "unknown argument \(arguments[0]); usage: ratify-backtest [--histories FILE [--with-built-in]] [--cases] [--sensitivity] [--set NAME=VALUE]...",
                code: 64)
        }

        let cases = BacktestCase.cases(from: references)
        guard !cases.isEmpty else { fail("no case: no history since 1970 with a signature and at least 20 instruments", code: 65) }
        let scores = run(cases, references: references, parameters: parameters, showCases: showCases)
        let treaties = Set(cases.map(\.history.id)).count
        print("Leave-one-out backtest over \(references.histories.count) reference histories from \(source):")
        print("\(cases.count) cases from \(treaties) treaties (first signature in 1970 or later, at least 20 instruments),")
        print("cut 12 and 24 months after the first signature; N = 40, or 20 where 40 was never reached.")
        print("")
        print(table(scores))
        if parameters != .standard { print("\nParameters changed with --set: the aims are judged on these, not the standard ones.") }
        if sensitivity { printSensitivity(cases, references: references, base: parameters) }
        exit(scores.allHold ? 0 : 1)
    }

    static func run(_ cases: [BacktestCase], references: ReferenceHistories, parameters: ForecastParameters, showCases: Bool) -> Scores {
        var scores = Scores()
        if showCases {
            print("case      months  N  k(cut) s(cut)  real   p10    p50    p90    linear  ref-median  (days after the cut)")
        }
        for testCase in cases {
            let others = references.excluding(testCase.history.id)
            let forecast = Forecaster.forecast(
                treaty: testCase.treaty, actions: testCase.actionsAtCut, asOf: testCase.cut,
                references: others, parameters: parameters)
            guard let band = forecast.thresholdReachedOn,
                let reference = Baselines.referenceClass(testCase, references: others)
            else {
                print(
                    "\(testCase.history.id) at \(testCase.months) months: no forecast (\(forecast.notes.map(\.description).joined(separator: " ")))"
                )
                continue
            }
            let real = testCase.realDay
            let linear = Baselines.linear(testCase)
            let (low, middle, high) = (band.p10.dayNumber, band.p50.dayNumber, band.p90.dayNumber)
            scores.cases += 1
            if low <= real && real <= high { scores.covered += 1 }
            scores.modelErrors.append(abs(middle - real))
            scores.linearErrors.append(abs(linear - real))
            scores.referenceErrors.append(abs(reference.p50 - real))
            scores.modelIntervalScores.append(Scores.intervalScore(low: low, high: high, real: real))
            scores.referenceIntervalScores.append(Scores.intervalScore(low: reference.p10, high: reference.p90, real: real))
            if showCases {
                let cut = testCase.cut.dayNumber
                let columns: [(Int, Int)] = [
                    (real - cut, 6), (low - cut, 6), (middle - cut, 6), (high - cut, 6), (linear - cut, 8), (reference.p50 - cut, 10),
                ]
                print(
                    pad(testCase.history.id, 10) + pad("\(testCase.months)", 6, right: true) + pad("\(testCase.threshold)", 4, right: true)
                        + pad("\(testCase.instrumentsAtCut)", 7, right: true) + pad("\(testCase.signaturesAtCut)", 7, right: true)
                        + columns.map { pad("\($0.0)", $0.1 + 1, right: true) }.joined())
            }
        }
        if showCases { print("") }
        return scores
    }

    static func table(_ s: Scores) -> String {
        let verdict = { (holds: Bool) in holds ? "pass" : "FAIL" }
        let linearIsBetter = s.linearMedianError <= s.referenceMedianError
        let better = linearIsBetter ? "linear extrapolation" : "reference-class median"
        let other =
            linearIsBetter
            ? "reference-class median \(whole(s.referenceMedianError))"
            : "linear extrapolation \(whole(s.linearMedianError))"
        return """
            | measure | model | baseline | ratio | aim | result |
            |---|---|---|---|---|---|
            | p10–p90 holds the real date | \(percent(s.coverage)) | | | 70–90% | \(verdict(s.coverageHolds)) |
            | median abs(p50 − real), days | \(whole(s.modelMedianError)) | \(whole(s.betterBaselineError)) (the better: \(better); \(other)) | \(fixed(s.errorRatio)) | ≤ 0.60 | \(verdict(s.errorHolds)) |
            | mean interval score of the 80% interval, days | \(whole(s.modelIntervalScore)) | \(whole(s.referenceIntervalScore)) (reference-class p10–p90) | \(fixed(s.intervalRatio)) | ≤ 0.90 | \(verdict(s.intervalHolds)) |
            """
    }

    /// Each bandwidth at 0.7 and 1.4 times its value, one at a time: whether
    /// the aims hold around the chosen parameters, not only on them.
    static func printSensitivity(_ cases: [BacktestCase], references: ReferenceHistories, base: ForecastParameters) {
        print("")
        print("Sensitivity (each parameter alone at 0.7× and 1.4×, whole numbers rounded):")
        print("")
        print("| parameters | coverage | error ratio | interval ratio | aims |")
        print("|---|---|---|---|---|")
        var variants: [(String, ForecastParameters)] = [(base == .standard ? "standard" : "as set", base)]
        for knob in knobs {
            for factor in [0.7, 1.4] {
                var p = base
                knob.set(&p, knob.get(base) * factor)
                let value = knob.get(p)
                variants.append(("\(knob.name) \(value == value.rounded() ? String(Int(value)) : fixed(value))", p))
            }
        }
        for (name, parameters) in variants {
            let s = run(cases, references: references, parameters: parameters, showCases: false)
            print(
                "| \(name) | \(percent(s.coverage)) | \(fixed(s.errorRatio)) | \(fixed(s.intervalRatio)) | \(s.allHold ? "all hold" : "missed") |"
            )
        }
    }

    /// The parameters `--set` and `--sensitivity` vary.
    static var knobs: [(name: String, get: (ForecastParameters) -> Double, set: (inout ForecastParameters, Double) -> Void)] {
        let real = { (name: String, path: WritableKeyPath<ForecastParameters, Double>) in
            (
                name: name, get: { (p: ForecastParameters) in p[keyPath: path] },
                set: { (p: inout ForecastParameters, v: Double) in p[keyPath: path] = v }
            )
        }
        return [
            real("instruments", \.instruments), real("signatures", \.signatures), real("age", \.age),
            real("eraYears", \.eraYears), real("minimumEffective", \.minimumEffective),
            (name: "momentSpread", get: { Double($0.momentSpread) }, set: { $0.momentSpread = Int($1.rounded()) }),
        ]
    }

    static func take(_ flag: String, from arguments: inout [String]) -> Bool {
        guard let index = arguments.firstIndex(of: flag) else { return false }
        arguments.remove(at: index)
        return true
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("ratify-backtest: \(message)\n".utf8))
        exit(code)
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    static func fixed(_ x: Double) -> String { String(format: "%.2f", x) }
    static func whole(_ x: Double) -> String { String(format: "%.0f", x) }
}
