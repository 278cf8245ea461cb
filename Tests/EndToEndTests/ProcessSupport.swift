import Foundation

/// A `ratify` run started in the background, its output in files, so that a
/// test can act while it runs (start another, kill it) and then read it.
final class BackgroundRun: @unchecked Sendable {
    let process = Process()
    private let stdoutPath: String, stderrPath: String

    init(_ sandbox: Sandbox, _ arguments: [String], env: [String: String] = [:]) throws {
        let name = UUID().uuidString
        stdoutPath = sandbox.path("bg-\(name).out")
        stderrPath = sandbox.path("bg-\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: ratifyBinary)
        process.arguments = arguments
        process.environment = sandbox.environment.merging(env) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
        process.standardError = FileHandle(forWritingAtPath: stderrPath)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    func kill() { Foundation.kill(pid, SIGKILL) }

    /// Waits for it to end; a run killed by a signal has status 128 + the signal.
    func wait() -> Run {
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Run(
            status: status, stdout: (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")
    }
}

/// Whether a process runs: it exists and is not a zombie waiting to be reaped.
func isRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
    else { return false }
    return stat[stat.index(close, offsetBy: 2)] != "Z"
}

/// Waits up to `seconds` for `condition`, checking every 20 ms.
@discardableResult
func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
}

/// An executable shell script in the sandbox.
func script(_ sandbox: Sandbox, _ name: String, _ body: String) -> String {
    let path = sandbox.write(name, "#!/bin/sh\n" + body)
    try! FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
}

/// The lines of a file, none if it does not exist.
func lines(of path: String) -> [String] {
    ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
}

/// Runs `body` on `count` threads of its own (real ones, not the test's
/// two cooperative threads: each blocks on processes, and all must run at
/// once); wait on the group for them all.
@discardableResult
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> DispatchGroup {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            body(index)
            group.leave()
        }.start()
    }
    return group
}
