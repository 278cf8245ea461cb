import Foundation
import Testing

/// `status` and `history` on a terminal (issue 20, item 7): every line
/// within its width, on a real pseudo-terminal; full width when piped.
@Suite struct TerminalWidthTests {
    /// Runs ratify on a pseudo-terminal `columns` wide (python's pty) and
    /// returns what it printed, colour codes and carriage returns removed.
    static func onTerminal(_ sandbox: Sandbox, columns: Int, env: [String: String] = [:], _ arguments: [String]) -> Run {
        let script = """
            import os, pty, sys, fcntl, termios, struct, re
            columns = int(sys.argv[1])
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[2], sys.argv[2:])
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, columns, 0, 0))
            out = b''
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            _, status = os.waitpid(pid, 0)
            text = re.sub(rb'\\x1b\\[[0-9;]*m', b'', out).replace(b'\\r', b'')
            sys.stdout.buffer.write(text)
            sys.exit(os.waitstatus_to_exitcode(status))
            """
        // `executable` takes its own name first, as argv[0].
        return sandbox.run(["env", "python3", "-c", script, "\(columns)", ratifyBinary] + arguments, env: env, executable: "/usr/bin/env")
    }

    func demo() -> Sandbox {
        let sandbox = Sandbox(today: TestDay.scenarioToday).withHanoiSignatures()
        precondition(sandbox.run("import", fixture("scenario-ratifications.csv"), "-q").status == 0)
        // A correction, a void and a denunciation, so that history and status have their longest rows.
        for arguments in [
            ["correct", "60", "--date", "2025-10-26", "--reason", "the depositary's table shows 26 October 2025", "-q"],
            ["record", "USA", "signature", "2026-11-01", "-q"],
            ["record", "GBR", "ratification", "2026-05-01", "--ref", "C.N.999.2026.TREATIES-XVIII.16", "-q"],
            ["record", "GBR", "denunciation", "2026-10-01", "-q"],
        ] {
            let run = sandbox.run(arguments)
            precondition(run.status == 0, "\(arguments): \(run.stderr)")
        }
        let usa = sandbox.run("history", "USA", "--json").stdout.components(separatedBy: "\"id\" : ").last!.prefix { $0.isNumber }
        precondition(sandbox.run("void", String(usa), "--reason", "entered against the wrong treaty by mistake", "-q").status == 0)
        return sandbox
    }

    @Test func statusAndHistoryKeepEveryLineWithinEightyColumns() {
        let sandbox = demo()
        for arguments in [
            ["status", "--as-of", "2026-11-22"], ["status", "--as-of", "2026-11-22", "--lang", "vi"], ["history"], ["history", "GBR"],
            ["status", "--all"],
        ] {
            // COLUMNS says 80 on a wider terminal; a terminal 80 wide says it without COLUMNS (empty is unset).
            for (columns, env) in [(120, ["COLUMNS": "80"]), (80, ["COLUMNS": ""])] {
                let run = Self.onTerminal(sandbox, columns: columns, env: env, arguments)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                let lines = run.stdout.split(separator: "\n")
                #expect(lines.count > 1, "\(arguments): \(run.stdout)")
                let long = lines.filter { $0.count > 80 }
                #expect(long.isEmpty, "\(arguments) on \(columns) columns: \(long)")
            }
        }
        // Piped, nothing is cut.
        #expect(sandbox.run("history").stdout.split(separator: "\n").contains { $0.count > 80 })
        #expect(sandbox.run("status", "--as-of", "2026-11-22").stdout.contains("United Kingdom of Great Britain and Northern Ireland"))
        // A narrower terminal, from its own size.
        let narrow = Self.onTerminal(sandbox, columns: 60, env: ["COLUMNS": ""], ["status", "--as-of", "2026-11-22"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(narrow.stdout)")
    }

    @Test func statusListsParticipantsByName() {
        let sandbox = demo()
        let lines = sandbox.run("status", "--as-of", "2026-11-22").stdout.split(separator: "\n")
        let codes = lines.drop { !$0.hasPrefix("State") }.dropFirst().map { String($0.prefix(3)) }
        // Algeria first, not between DOM and ECU as by code.
        #expect(codes.first == "DZA" && codes.firstIndex(of: "DOM")! + 1 == codes.firstIndex(of: "ECU")!, "\(codes)")
    }
}
