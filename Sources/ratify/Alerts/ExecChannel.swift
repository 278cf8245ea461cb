import Foundation
import RatifyStore

/// `--exec`: the command's own process, never a shell; the alert's JSON on
/// stdin and in no argument.
struct ExecChannel: AlertChannel {
    var words: [String]
    var timeout: TimeInterval
    var name: String { "exec:" + words.joined(separator: " ") }

    func deliver(_ alert: StoredAlert) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["RATIFY_ALERT_KIND"] = alert.kind
        environment["RATIFY_TREATY"] = alert.treaty
        environment["RATIFY_DATE"] = alert.date
        let status = try Subprocess.run(words, stdin: Data((alert.payload + "\n").utf8), environment: environment, timeout: timeout)
        guard status == 0 else {
            throw ChannelFailure(description: "--exec '\(words.joined(separator: " "))' exited with status \(status)")
        }
    }
}
