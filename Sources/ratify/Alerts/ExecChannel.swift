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
        environment["RATIFY_ALERT_ID"] = alert.alertID
        environment["RATIFY_ALERT_KIND"] = alert.kind
        environment["RATIFY_TREATY"] = alert.treaty
        environment["RATIFY_DATE"] = alert.date
        let outcome = try Subprocess.run(words, stdin: Data((alert.payload + "\n").utf8), environment: environment, timeout: timeout)
        switch outcome {
        case .exited(0): return
        case .exited(127):
            throw ChannelFailure(description: "--exec '\(words.joined(separator: " "))' could not be started (status 127)")
        case .exited(let status):
            throw ChannelFailure(description: "--exec '\(words.joined(separator: " "))' exited with status \(status)")
        case .killed(let signal):
            throw ChannelFailure(description: "--exec '\(words.joined(separator: " "))' was killed by signal \(signal)")
        }
    }
}
