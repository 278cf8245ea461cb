import CSupervisedSpawn
import Foundation
import RatifyStore

/// Runs a delivery command in a process group of its own, under a
/// supervisor (CSupervisedSpawn) that kills the group when ratify dies,
/// however it dies: a command, and whatever it starts, never outlives the
/// run that holds the alert's claim. The timeout covers writing its
/// standard input too; on timeout, and when the command exits, the whole
/// group is killed (a command that hands its work to a background process
/// must wait for it; one that leaves its group with `setsid` is beyond reach).
/// Hand-written: Foundation's Process and swift-subprocess start a process
/// group, but neither kills it when the parent dies.
enum Subprocess {
    enum Outcome: Equatable {
        case exited(Int32)
        case killed(signal: Int32)
    }

    /// Runs `words[0]` found on PATH with the rest as arguments, `stdin` on
    /// its standard input and its standard output on ratify's standard
    /// error (its chatter is a diagnostic, not ratify's data). Throws when it
    /// cannot start or takes longer than `timeout` seconds.
    static func run(_ words: [String], stdin: Data, environment: [String: String], timeout: TimeInterval) throws -> Outcome {
        let executable = try locate(words[0], path: environment["PATH"] ?? "/usr/bin:/bin")
        // A command that exits without reading its input must not kill ratify with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let input = try pipe()
        let lifeline = try pipe()
        defer { close(lifeline.write) }
        let group: pid_t
        do { group = try spawn(executable, words, environment: environment, stdin: input.read, lifeline: lifeline.read) } catch {
            for descriptor in [input.read, input.write, lifeline.read] { close(descriptor) }
            throw error
        }
        close(input.read)
        close(lifeline.read)
        let deadline = Date().addingTimeInterval(timeout)
        let fed = feed(Array(stdin), to: input.write, until: deadline)
        close(input.write)
        var status: Int32 = 0
        let remaining = fed ? Int32(max(0, min(deadline.timeIntervalSinceNow * 1000, Double(Int32.max)))) : 0
        if ratify_wait_child(group, remaining, &status) != 1 {
            // SIGKILL to the group: a SIGTERM ignored by whoever started ratify stays ignored in the command.
            kill(-group, SIGKILL)
            _ = ratify_wait_child(group, -1, &status)
            throw ChannelFailure(
                description: "'\(words[0])' took longer than \(Timeout.describe(timeout)) and was stopped, with every process it started")
        }
        if status & 0x7f == 0 {
            // Whatever the command left running in its group goes too: a
            // child holding ratify's stderr would keep cron waiting on it.
            kill(-group, SIGKILL)
            return .exited((status >> 8) & 0xff)
        }
        // The command died of a signal (or its supervisor was killed): nothing of its group may stay.
        kill(-group, SIGKILL)
        return .killed(signal: status & 0x7f)
    }

    /// Starts the supervised command; returns its process group's id.
    private static func spawn(_ executable: String, _ words: [String], environment: [String: String], stdin: Int32, lifeline: Int32)
        throws -> pid_t
    {
        let argv = ([executable] + words.dropFirst()).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let pid = ratify_spawn_supervised(executable, argv, envp, stdin, STDERR_FILENO, lifeline)
        guard pid > 0 else {
            throw ChannelFailure(description: "cannot run '\(words[0])': \(String(cString: strerror(errno)))")
        }
        return pid
    }

    /// Writes `bytes` without blocking past `deadline`; false if the
    /// deadline passed first. A command that closes its input early has
    /// read what it wanted: that is not a failure.
    private static func feed(_ bytes: [UInt8], to descriptor: Int32, until deadline: Date) -> Bool {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                offset += n
                continue
            }
            if n < 0 && errno == EINTR { continue }
            guard n < 0 && errno == EAGAIN else { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            _ = poll(&ready, 1, Int32(min(left * 1000 + 1, 60_000)))
        }
        return true
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard ratify_pipe_cloexec(&ends) == 0 else {
            throw ChannelFailure(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        return (ends[0], ends[1])
    }

    /// The program a command's first word names, or why it cannot run: a
    /// path that is missing, a folder or not executable; a name no folder
    /// of PATH holds as an executable file.
    static func locate(_ name: String, path: String) throws(ChannelFailure) -> String {
        let files = FileManager.default
        func problem(_ candidate: String) -> String? {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return "no such file: \(candidate)" }
            if isDirectory.boolValue { return "\(candidate) is a folder, not a program" }
            return files.isExecutableFile(atPath: candidate) ? nil : "\(candidate) is not executable (chmod +x \(candidate))"
        }
        if name.contains("/") {
            if let problem = problem(name) { throw ChannelFailure(description: problem) }
            return name
        }
        let candidates = path.split(separator: ":").map { "\($0)/\(name)" }
        if let found = candidates.first(where: { problem($0) == nil }) { return found }
        if let present = candidates.first(where: { files.fileExists(atPath: $0) }), let problem = problem(present) {
            throw ChannelFailure(description: "'\(name)' found on PATH, but \(problem)")
        }
        throw ChannelFailure(description: "cannot find '\(name)' on PATH: give its full path, or install it")
    }
}
