import Foundation
import RatifyStore

/// `--webhook`: POST the JSON with curl, which brings HTTPS, proxies and
/// timeouts without linking an HTTP stack into every run of ratify.
struct WebhookChannel: AlertChannel {
    var url: String
    var timeout: TimeInterval
    var name: String { "webhook:" + url }

    func deliver(_ alert: StoredAlert) throws {
        let words = [
            // --globoff: the URL is taken as written ({a,b} and [1-3] would post several times).
            "curl", "--silent", "--show-error", "--fail", "--globoff", "--max-time", String(Int(max(1, timeout.rounded(.up)))),
            "--header", "Content-Type: application/json", "--data-binary", "@-", "--output", "/dev/null", "--", url,
        ]
        let outcome = try Subprocess.run(
            words, stdin: Data(alert.payload.utf8), environment: ProcessInfo.processInfo.environment, timeout: timeout + 5)
        switch outcome {
        case .exited(0): return
        case .exited(let status): throw ChannelFailure(description: "webhook \(url) failed (curl exit status \(status))")
        case .killed(let signal): throw ChannelFailure(description: "webhook \(url) failed (curl was killed by signal \(signal))")
        }
    }
}
