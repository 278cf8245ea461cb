import Foundation
import Testing

/// `ratify forecast` (issue 15) as a journalist or a script reads it: the
/// band and its basis in text, the contract's JSON, the record's dates once
/// the threshold is reached, several conditions, `--assume`, Vietnamese,
/// and the same answer every time.
@Suite struct ForecastCommandTests {
    /// The demo database, as `scripts/setup` builds it: the Hanoi signatures
    /// and the scenario's ratifications (11 of 40 counted on 2026-11-22).
    func demo() -> Sandbox { LanguageTests().demo() }

    func json(_ run: Run, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
        return (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func quantiles(_ object: [String: Any], _ key: String) -> [String] {
        let q = object[key] as? [String: String] ?? [:]
        return [q["p10"] ?? "", q["p50"] ?? "", q["p90"] ?? ""]
    }

    @Test func theDemoForecastInTextAndJSONIsTheSameEveryTime() {
        let sandbox = demo()
        let text = sandbox.run("forecast", "--as-of", "2026-11-22")
        #expect(text.status == 0 && text.stderr.isEmpty, "\(text.stderr)")
        expectGolden(text.stdout, "forecast-demo.txt")
        let run = sandbox.run("forecast", "--json", "--as-of", "2026-11-22")
        expectGolden(run.stdout, "forecast-demo.json")
        #expect(sandbox.run("forecast", "--as-of", "2026-11-22").stdout == text.stdout)
        #expect(sandbox.run("forecast", "--json", "--as-of", "2026-11-22").stdout == run.stdout)

        // The contract's fields.
        let object = json(run)
        #expect(object["treaty"] as? String == "hanoi" && object["as_of"] as? String == "2026-11-22")
        #expect(object["threshold"] as? Int == 40 && object["counted"] as? Int == 11)
        let reached = quantiles(object, "threshold_reached_on")
        let entry = quantiles(object, "entry_into_force")
        #expect(reached.allSatisfy { $0 > "2026-11-22" } && reached == reached.sorted() && entry == entry.sorted())
        let chances = object["in_force_by"] as? [[String: Any]] ?? []
        #expect(chances.compactMap { $0["date"] as? String } == ["2027-12-31", "2028-12-31", "2029-12-31"])
        let probabilities = chances.compactMap { $0["probability"] as? Double }
        #expect(probabilities.count == 3 && probabilities == probabilities.sorted() && probabilities.allSatisfy { (0...1).contains($0) })
        #expect(object["certain"] as? Bool == false && object["lower_bound"] as? Bool == false)
        // A journalist's sentence and its basis.
        #expect(text.stdout.contains("  The 40th instrument  \(reached.joined(separator: "  "))\n"))
        #expect(text.stdout.contains("  Entry into force     \(entry.joined(separator: "  "))\n"))
        #expect(text.stdout.contains("In force by 2027-12-31: \(Int((probabilities[0] * 100).rounded()))%"))
        #expect(text.stdout.contains("Based on 143 reference treaties") && text.stdout.contains("Its own pace: "))
    }

    @Test func inVietnameseEveryWordIsVietnameseAndTheJSONIsTheSame() {
        let sandbox = demo()
        let run = sandbox.run("forecast", "--as-of", "2026-11-22", "--lang", "vi")
        #expect(run.status == 0)
        expectGolden(run.stdout, "forecast-demo.vi.txt")
        #expect(
            run.stdout.hasPrefix("Công ước của Liên hợp quốc về chống tội phạm mạng (hanoi): dự báo tính đến ngày 22 tháng 11 năm 2026\n"))
        #expect(run.stdout.contains("Văn kiện thứ 40") && run.stdout.contains("Khả năng có hiệu lực đến hết ngày 31 tháng 12 năm 2027: "))
        #expect(sandbox.run(["forecast", "--as-of", "2026-11-22"], env: ["RATIFY_LANG": "vi"]).stdout == run.stdout)
        let english = sandbox.run("forecast", "--json", "--as-of", "2026-11-22").stdout
        #expect(sandbox.run("forecast", "--json", "--as-of", "2026-11-22", "--lang", "vi").stdout == english)
    }

    @Test func onceTheThresholdIsReachedTheDatesAreTheRecords() {
        let sandbox = ReportTests().thresholdScenario()
        let object = json(sandbox.run("forecast", "--json", "--as-of", "2026-08-15"))
        #expect(quantiles(object, "threshold_reached_on") == ["2026-07-01", "2026-07-01", "2026-07-01"])
        #expect(quantiles(object, "entry_into_force") == ["2026-09-29", "2026-09-29", "2026-09-29"])
        #expect(object["certain"] as? Bool == true && (object["count_band"] as? [Any])?.isEmpty == true)
        let text = sandbox.run("forecast", "--as-of", "2026-08-15").stdout
        #expect(text.contains("  Threshold reached  2026-07-01\n  Entry into force   2026-09-29\n"))
        #expect(text.contains("the dates are the record's, not a forecast") && !text.contains("10%"))
    }

    @Test func withNoInstrumentYetTheBandLiesAhead() {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        let object = json(sandbox.run("forecast", "--json", "--as-of", "2026-01-01"))
        #expect(object["counted"] as? Int == 0)
        let reached = quantiles(object, "threshold_reached_on")
        #expect(reached.allSatisfy { $0 > "2026-01-01" } && reached == reached.sorted())
        #expect(
            sandbox.run("forecast", "--as-of", "2026-01-01").stdout.contains(
                "Its own pace: 0.0 counted instruments a year since 2025-10-25."))
    }

    /// Definitions beyond Hanoi: a share of weights (not forecast), a named
    /// group (forecast), and a treaty opened in 1890.
    func otherTreaties() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday)
        sandbox.run("init", "-q")
        let share = sandbox.write(
            "share.json",
            #"{"id": "climate", "conditions": [{"count": 20}, {"share": 0.55, "weight": "ghg"}], "entry_into_force": ["+30d"], "signature_opens": "2024-04-22", "weights": {"ghg": {"CHN": 20, "USA": 18, "IND": 7, "FRA": 1, "BRA": 2}}}"#
        )
        let group = sandbox.write(
            "group.json",
            #"{"id": "coe", "conditions": [{"count": 10}, {"count": 3, "group": "coe"}], "entry_into_force": ["first-of-next-month", "+3m"], "signature_opens": "2024-01-15", "groups": {"coe": ["ALB", "AND", "AUT", "BEL", "FRA", "DEU", "GRC"]}}"#
        )
        let old = sandbox.write(
            "old.json", #"{"id": "old", "threshold": 20, "entry_into_force": ["+90d"], "signature_opens": "1890-01-01"}"#)
        let actions = sandbox.write(
            "actions.csv",
            """
            state,action,date,treaty
            FRA,signature,2024-04-22,climate
            BRA,signature,2024-04-22,climate
            FRA,ratification,2024-09-01,climate
            BRA,ratification,2025-01-01,climate
            MEX,accession,2025-03-01,climate
            USA,signature,2024-01-15,coe
            USA,ratification,2024-06-01,coe
            CAN,accession,2024-08-01,coe
            DEU,accession,2025-03-01,coe
            FRA,signature,1890-01-01,old
            FRA,ratification,1900-01-01,old
            NLD,accession,1950-01-01,old

            """)
        for arguments in [["treaty", "add", "-q", share, group, old], ["import", "-q", actions]] {
            let run = sandbox.run(arguments)
            precondition(run.status == 0, run.stderr)
        }
        return sandbox
    }

    @Test func aShareOfWeightsIsNamedAndTheDatesAreALowerBound() {
        let sandbox = otherTreaties()
        let object = json(sandbox.run("forecast", "--json", "--treaty", "climate", "--as-of", "2026-11-22"))
        #expect(object["lower_bound"] as? Bool == true && quantiles(object, "threshold_reached_on").allSatisfy { $0 > "2026-11-22" })
        #expect(
            (object["notes"] as? [String])?.first?.hasPrefix("The condition that parties hold 55% of the 'ghg' weights cannot be forecast")
                == true)
        let text = sandbox.run("forecast", "--treaty", "climate", "--as-of", "2026-11-22").stdout
        #expect(
            text.contains("No earlier than these dates, since a condition cannot be forecast") && text.contains("  All conditions met  "))
        #expect(text.contains("In force by 2027-12-31: ") && !text.contains("at most under") && !text.contains("at most over"))
        #expect(text.contains("Notes:\n  - The condition that parties hold 55% of the 'ghg' weights cannot be forecast"))
        let vietnamese = sandbox.run("forecast", "--treaty", "climate", "--as-of", "2026-11-22", "--lang", "vi").stdout
        #expect(vietnamese.contains("Không thể dự báo điều kiện các bên phải chiếm 55,0% tổng trọng số 'ghg'"))
    }

    @Test func aConditionOnANamedGroupIsForecastUntilEveryConditionHolds() {
        let sandbox = otherTreaties()
        let object = json(sandbox.run("forecast", "--json", "--treaty", "coe", "--as-of", "2026-11-22"))
        #expect(object["lower_bound"] as? Bool == false)
        let entry = quantiles(object, "entry_into_force")
        // The first day of the month after, plus three months: always a first of the month.
        #expect(entry.count == 3 && entry.allSatisfy { $0.hasSuffix("-01") && $0 > "2026-11-22" })
        let text = sandbox.run("forecast", "--treaty", "coe", "--as-of", "2026-11-22").stdout
        #expect(text.contains("  All conditions met  ") && text.contains("taken to deposit in random order, signatories first"))
    }

    @Test func aTreatyOlderThanEveryReferenceHistorySaysSo() {
        let sandbox = otherTreaties()
        let object = json(sandbox.run("forecast", "--json", "--treaty", "old", "--as-of", "2026-11-22"))
        #expect(quantiles(object, "threshold_reached_on").allSatisfy { $0 > "2026-11-22" })
        let text = sandbox.run("forecast", "--treaty", "old", "--as-of", "2026-11-22").stdout
        #expect(
            text.contains("- At 136 years since opening, the treaty is older than any reference treaty was while still short of this count")
        )
        #expect(text.contains("  The 20th instrument  "))
    }

    /// A past --as-of replays that day as `status` does: the deposits
    /// recorded later are not known, and nothing is "assumed" without --assume.
    @Test func aPastAsOfKnowsNothingRecordedLater() {
        let sandbox = demo()
        let text = sandbox.run("forecast", "--as-of", "2026-03-01")
        #expect(text.status == 0 && !text.stdout.contains("Assumed") && !text.stdout.contains("CHN"), "\(text.stdout)")
        let object = json(sandbox.run("forecast", "--json", "--as-of", "2026-03-01"))
        #expect((object["basis"] as? [String: Any])?["assumed"] as? [Any] != nil)
        #expect(((object["basis"] as? [String: Any])?["assumed"] as? [Any])?.isEmpty == true)
        #expect(object["counted"] as? Int == json(sandbox.run("status", "--json", "--as-of", "2026-03-01"))["counted"] as? Int)
        // Two days before the 40th deposit, the forecast does not know it is coming.
        let threshold = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        #expect(threshold.run("import", fixture("scenario-threshold.csv"), "-q").status == 0)
        let eve = json(threshold.run("forecast", "--json", "--as-of", "2026-06-29"))
        let reached = quantiles(eve, "threshold_reached_on")
        #expect(reached[0] < reached[2], "\(reached)")
    }

    /// Before the opening for signature: said plainly, no pace, dates from the opening.
    @Test func beforeTheOpeningItSaysSoAndForecastsFromTheOpening() {
        let text = demo().run("forecast", "--as-of", "2024-01-01")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Not yet open for signature: it opens on 2025-10-25."))
        #expect(text.stdout.contains("The treaty is not yet open for signature") && !text.stdout.contains("Its own pace"))
        let vietnamese = demo().run("forecast", "--as-of", "2024-01-01", "--lang", "vi").stdout
        #expect(vietnamese.contains("Điều ước chưa mở ký"))
    }

    @Test func assumedInstrumentsCountFromTheirDatesAndAreShown() {
        let sandbox = demo()
        let base = ["forecast", "--json", "--as-of", "2026-11-22"]
        let without = json(sandbox.run(base))
        // 29 signatories not yet bound ratify on 1 March 2027: the 40th is then certain by that day.
        let status = json(sandbox.run("status", "--json", "--as-of", "2026-11-22"))
        let unbound = (status["participants"] as? [[String: Any]] ?? []).filter { $0["consent"] is NSNull && $0["signature"] is String }
            .compactMap { $0["state"] as? String }
        #expect(unbound.count >= 29)
        let assumptions = unbound.prefix(29).flatMap { ["--assume", "\($0)=2027-03-01"] }
        let with = json(sandbox.run(base + assumptions))
        #expect(quantiles(with, "threshold_reached_on").allSatisfy { $0 > "2026-11-22" && $0 <= "2027-03-01" })
        #expect(quantiles(with, "entry_into_force")[2] <= "2027-05-30")
        #expect(quantiles(with, "threshold_reached_on")[1] <= quantiles(without, "threshold_reached_on")[1])
        #expect(((with["basis"] as? [String: Any])?["assumed"] as? [Any])?.count == 29)
        #expect(with["counted"] as? Int == 11)
        // Two, in text: marked as assumed.
        let text = sandbox.run("forecast", "--as-of", "2026-11-22", "--assume", "FRA=2027-03-01", "--assume", "DEU=2027-03-02:accession")
        #expect(text.status == 0 && text.stdout.contains("  Assumed: France ratification 2027-03-01, Germany accession 2027-03-02\n"))
    }

    @Test func aRefusedAssumptionSaysWhyAndChangesNothing() {
        let sandbox = demo()
        let before = sandbox.snapshot()
        let bound = sandbox.run("forecast", "--as-of", "2026-11-22", "--assume", "CHN=2027-03-01")
        #expect(bound.status == 65 && bound.stdout.isEmpty)
        #expect(bound.stderr.contains("--assume: China (CHN) ratification 2027-03-01: already bound by a ratification"), "\(bound.stderr)")
        let unsigned = sandbox.run("forecast", "--assume", "USA=2027-01-01", "--as-of", "2026-11-22")
        #expect(unsigned.status == 65 && unsigned.stderr.contains("no signature is recorded"))
        let malformed = sandbox.run("forecast", "--assume", "CHN")
        #expect(malformed.status == 64 && malformed.stderr.contains("--assume takes STATE=DATE[:ACTION]"))
        #expect(sandbox.run("forecast", "--assume", "Atlantis=2027-01-01").status == 65)
        #expect(sandbox.run("forecast", "--as-of", "2026-02-30").status == 65)
        #expect(sandbox.run("forecast", "--treaty", "nope").status == 65)
        #expect(sandbox.snapshot() == before)
    }

    @Test func onATerminalEveryLineFitsItsWidth() {
        let sandbox = demo()
        for arguments in [["forecast", "--as-of", "2026-11-22"], ["forecast", "--as-of", "2026-11-22", "--lang", "vi"]] {
            for columns in [80, 60] {
                let run = TerminalWidthTests.onTerminal(sandbox, columns: columns, env: ["COLUMNS": ""], arguments)
                #expect(run.status == 0)
                let long = run.stdout.split(separator: "\n").filter { $0.count > columns }
                #expect(long.isEmpty, "\(arguments) at \(columns): \(long)")
                #expect(run.stdout.contains("2028") && run.stdout.contains("143"))
            }
        }
    }
}
