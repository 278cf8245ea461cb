import Foundation
import RatifyStore

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
        process.standardOutput = FileHandle.standardError  // its chatter is a diagnostic, not ratify's data
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
