import Foundation
import RatifyStore

/// Somewhere an alert goes besides stdout.
protocol AlertChannel {
    /// Stable across runs: a retry skips the channels an alert already reached.
    var name: String { get }
    func deliver(_ alert: StoredAlert) throws
}

struct ChannelFailure: Error, CustomStringConvertible { var description: String }

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
        guard status == 0 else { throw ChannelFailure(description: "--exec '\(words.joined(separator: " "))' exited with status \(status)") }
    }
}

/// `--webhook`: POST the JSON with curl, which brings HTTPS, proxies and
/// timeouts without linking an HTTP stack into every run of ratify.
struct WebhookChannel: AlertChannel {
    var url: String
    var timeout: TimeInterval
    var name: String { "webhook:" + url }

    func deliver(_ alert: StoredAlert) throws {
        let words = ["curl", "--silent", "--show-error", "--fail", "--max-time", String(Int(max(1, timeout))),
                     "--header", "Content-Type: application/json", "--data-binary", "@-", "--output", "/dev/null", "--", url]
        let status = try Subprocess.run(words, stdin: Data(alert.payload.utf8), environment: ProcessInfo.processInfo.environment, timeout: timeout + 5)
        guard status == 0 else { throw ChannelFailure(description: "webhook \(url) failed (curl exit status \(status))") }
    }
}

enum Subprocess {
    /// Runs `words[0]` found on PATH with the rest as arguments; returns its
    /// exit status, or throws when it cannot start. Killed after `timeout`.
    static func run(_ words: [String], stdin: Data, environment: [String: String], timeout: TimeInterval) throws -> Int32 {
        guard let executable = resolve(words[0], path: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw ChannelFailure(description: "cannot find '\(words[0])' on PATH")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(words.dropFirst())
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.standardError   // its chatter is a diagnostic, not ratify's data
        do { try process.run() } catch {
            throw ChannelFailure(description: "cannot run '\(words[0])': \(error.localizedDescription)")
        }
        // A child that exits without reading its input must not kill ratify with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        Terminal.writeAll(input.fileHandleForWriting.fileDescriptor, Array(stdin))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                // SIGKILL: a SIGTERM ignored by whoever started ratify stays ignored in the child.
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw ChannelFailure(description: "'\(words[0])' took longer than \(Int(timeout)) seconds and was stopped")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return process.terminationStatus
    }

    static func resolve(_ name: String, path: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Splits a command line into words: spaces separate, single and double
/// quotes group, a backslash escapes the next character. Hand-written
/// because the point is to avoid a shell, and Foundation has no word splitter;
/// nothing is expanded (no variables, globs or substitutions).
enum CommandWords {
    struct Unbalanced: Error, CustomStringConvertible { var description = "--exec has an unclosed quote" }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in line {
            if escaped { current.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "'" || c == "\"" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(c)
            inWord = true
        }
        if quote != nil || escaped { throw Unbalanced() }
        if inWord { words.append(current) }
        return words
    }
}
