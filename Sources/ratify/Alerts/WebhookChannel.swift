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
            "curl", "--silent", "--show-error", "--fail", "--max-time", String(Int(max(1, timeout))),
            "--header", "Content-Type: application/json", "--data-binary", "@-", "--output", "/dev/null", "--", url,
        ]
        let status = try Subprocess.run(
            words, stdin: Data(alert.payload.utf8), environment: ProcessInfo.processInfo.environment, timeout: timeout + 5)
        guard status == 0 else { throw ChannelFailure(description: "webhook \(url) failed (curl exit status \(status))") }
    }
}
