import Foundation
import RatifyCore
import Testing

/// Issue 19, item 12: today is the local date as the C library reads TZ,
/// as `date` does: tz database names with a colon, POSIX rules with their
/// sign (`UTC+14` is fourteen hours behind UTC), and offsets with minutes.
/// Between them these zones span 28 hours, so a fallback to UTC, or a sign
/// read backwards, always shows on at least one of them, whatever the hour.
@Suite struct TimeZoneTests {
    /// `date +%F` under `tz`: the C library's local date.
    func localDate(_ sandbox: Sandbox, tz: String) -> String {
        sandbox.run(["/bin/date", "+%F"], env: ["TZ": tz], executable: "/bin/date").stdout.trimmingCharacters(in: .newlines)
    }

    /// Runs `body` between two readings of the local date, again if midnight passed in between.
    func onOneLocalDay(_ sandbox: Sandbox, tz: String, _ body: (String) -> Void) {
        for _ in 0..<2 {
            let before = localDate(sandbox, tz: tz)
            body(before)
            if localDate(sandbox, tz: tz) == before { return }
        }
    }

    @Test(arguments: [":Pacific/Kiritimati", "Pacific/Kiritimati", "XYZ-14", "ABC-10:30", "UTC+14", "UTC-14", "UTC"])
    func todayIsTheLocalDateOfTZAsTheCLibraryReadsIt(_ tz: String) throws {
        let sandbox = Sandbox().withHanoiSignatures()
        onOneLocalDay(sandbox, tz: tz) { local in
            let run = sandbox.run("status", "--json", env: ["TZ": tz, "RATIFY_TODAY": ""])
            let json = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            #expect(json?["as_of"] as? String == local, "TZ=\(tz): \(run.stdout.prefix(80))")
        }
    }

    @Test func aSignatureDatedTheLocalTodayIsAcceptedAndTomorrowIsRefused() throws {
        let sandbox = Sandbox()
        sandbox.run("init")
        #expect(
            sandbox.run("treaty", "add", sandbox.write("open.json", #"{"id": "open", "threshold": 1, "entry_into_force": ["+1d"]}"#)).status
                == 0)
        let tz = ":Pacific/Kiritimati"
        onOneLocalDay(sandbox, tz: tz) { local in
            let env = ["TZ": tz, "RATIFY_TODAY": ""]
            let today = sandbox.run("record", "FRA", "signature", local, "--treaty", "open", env: env)
            #expect(today.status == 0, "\(today.stderr)")
            let tomorrow = try! CivilDate.parse(local).adding(days: 1).description
            let refused = sandbox.run("record", "DEU", "signature", tomorrow, "--treaty", "open", env: env)
            #expect(refused.status == 65 && refused.stderr.contains("after today (\(local))"), "\(refused.stderr)")
        }
    }
}
