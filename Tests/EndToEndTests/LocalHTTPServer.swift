import Foundation
import Testing

/// A tiny HTTP server on 127.0.0.1 (python3's standard library) that saves
/// each POST to `posted-<path>.json` and answers 200 on /ok, 500 elsewhere.
final class LocalHTTPServer {
    let process = Process()
    let port: Int

    init(folder: URL) throws {
        let script = """
            import http.server, sys, os
            folder = sys.argv[1]
            class H(http.server.BaseHTTPRequestHandler):
                def do_POST(self):
                    body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
                    name = self.path.strip('/')
                    open(os.path.join(folder, 'posted-' + name + '.json'), 'wb').write(body)
                    self.send_response(200 if name == 'ok' else 500); self.end_headers()
                def log_message(self, *a): pass
            s = http.server.HTTPServer(('127.0.0.1', 0), H)
            print(s.server_address[1], flush=True)
            s.serve_forever()
            """
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        port = Int(String(decoding: line, as: UTF8.self)) ?? 0
    }

    func stop() {
        // SIGKILL: the test runner's ignored SIGTERM can be inherited by children.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
