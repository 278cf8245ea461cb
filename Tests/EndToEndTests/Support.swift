import Foundation
import Testing

/// The package's root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ path: String) -> String { packageRoot.appendingPathComponent("fixtures/\(path)").path }

/// The built `ratify` binary: `$RATIFY_BIN`, else beside the test bundle.
let ratifyBinary: String = {
    if let path = ProcessInfo.processInfo.environment["RATIFY_BIN"] { return path }
    let candidates: [String] = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ratify").path,
        Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("ratify").path,
        packageRoot.appendingPathComponent(".build/debug/ratify").path,
    ].compactMap { $0 }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
}()

struct Run: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A temporary folder with a database path, and a way to run `ratify` on it.
final class Sandbox: @unchecked Sendable {
    let folder: URL
    var db: String { folder.appendingPathComponent("ratify.sqlite").path }
    var environment: [String: String]

    /// `today`: the date the binary takes as today (`RATIFY_TODAY`), for a
    /// test that replays a fixed scenario dated after some plausible today;
    /// by default the suite's today, `TestDay.today`.
    init(today: String = TestDay.today) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ratify-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ProcessInfo.processInfo.environment
        environment["RATIFY_DB"] = folder.appendingPathComponent("ratify.sqlite").path
        environment["RATIFY_TODAY"] = today
        environment["RATIFY_NOW"] = "2026-11-23T12:00:00Z"
        environment["NO_COLOR"] = "1"
        environment["TZ"] = "UTC"
        // English, whatever the machine's locale: a test of the language sets it.
        for name in ["RATIFY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment.removeValue(forKey: name) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) -> String {
        let path = path(name)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func run(_ arguments: String..., stdin: String? = nil, env: [String: String] = [:]) -> Run {
        run(arguments, stdin: stdin, env: env)
    }

    /// Runs `ratify` (or, with `executable`, that program with `arguments` whole).
    func run(_ arguments: [String], stdin: String? = nil, env: [String: String] = [:], cwd: URL? = nil, executable: String? = nil) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? ratifyBinary)
        process.arguments = executable == nil ? arguments : Array(arguments.dropFirst())
        if let cwd {
            // `env -C`, not `currentDirectoryURL`: Foundation can change the
            // test process's own directory around the spawn, and a parallel
            // test then starts in the wrong folder (a flaky relative path).
            process.arguments = ["-C", cwd.path, process.executableURL!.path] + process.arguments!
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        }
        process.environment = environment.merging(env) { $1 }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try! process.run()
        if let stdin { writeAll(input.fileHandleForWriting.fileDescriptor, stdin) }
        try? input.fileHandleForWriting.close()
        // Both pipes are drained at once (a full pipe would stall the child),
        // with reads that retry on EINTR: Foundation's readDataToEndOfFile
        // traps when a SIGCHLD from another test's child interrupts it.
        let stdoutBox = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { stdoutBox.data = readAll(out.fileHandleForReading.fileDescriptor) }
        let stderrData = readAll(err.fileHandleForReading.fileDescriptor)
        group.wait()
        let stdoutData = stdoutBox.data
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// `init` and the sourced Hanoi signatures.
    func withHanoiSignatures() -> Sandbox {
        let initRun = run("init")
        precondition(initRun.status == 0, initRun.stderr)
        let importRun = run("import", fixture("hanoi-signatures.csv"), "-q")
        precondition(importRun.status == 0, importRun.stderr)
        return self
    }

    /// The record as export sees it, to prove a failed command changed nothing.
    func snapshot() -> String {
        run("export", "--all", "--format", "json").stdout + run("history", "--json").stdout
    }
}

/// Compares with a file under Golden/; `RATIFY_RECORD_GOLDEN=1` re-records
/// it deliberately (then review the diff before committing).
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["RATIFY_RECORD_GOLDEN"] == "1" {
        try! Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(name): run RATIFY_RECORD_GOLDEN=1 swift test, then review it", sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual == expected, "differs from Golden/\(name); if intended, re-record with RATIFY_RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
}

/// Reads a descriptor to its end, retrying reads interrupted by signals.
func readAll(_ fd: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = read(fd, &buffer, buffer.count)
        if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { return data }
    }
}

/// Writes all of `text`, retrying writes interrupted by signals.
func writeAll(_ fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n > 0 { offset += n } else if !(n < 0 && errno == EINTR) { return }
    }
}

final class DataBox: @unchecked Sendable { var data = Data() }
