import Foundation
import RatifyCore
import Testing

/// `ratify --version` names where the build came from: the release written
/// once in VERSION, the schema a new database gets, the reference data.
@Suite struct VersionTests {
    @Test func versionNamesTheReleaseTheSchemaAndTheReferenceData() throws {
        let release = try String(contentsOfFile: packageRoot.appendingPathComponent("VERSION").path, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let sandbox = Sandbox()
        #expect(sandbox.run("init", "-q").status == 0)
        let migrations = sandbox.run(["sqlite3", sandbox.db, "SELECT count(*) FROM grdb_migrations"], executable: "/usr/bin/sqlite3")
        let schema = migrations.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(schema) ?? 0 >= 2)

        let run = sandbox.run("--version")
        #expect(run.status == 0 && run.stderr.isEmpty)
        let expected = "ratify \(release) (schema \(schema), reference data \(ReferenceData.version)"
        #expect(run.stdout.hasPrefix(expected), "\(run.stdout) does not start with \(expected)")
        // A build given its git commit names it last (scripts/build-release).
        let rest = run.stdout.dropFirst(expected.count)
        #expect(rest == ")\n" || rest.wholeMatch(of: /, commit [0-9a-f]{7,40}(-modified)?\)\n/) != nil, "\(rest)")
    }
}
