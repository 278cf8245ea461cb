import RatifyBuildInfo
import RatifyCore
import RatifyStore

/// What `ratify --version` prints: the release (the top-level VERSION file,
/// embedded), the schema it writes, the reference data it carries and, when
/// the build was given one, the git commit it came from.
enum RatifyVersion {
    /// The file's one line, without its newline (and without Foundation,
    /// which every command's start-up would then pay for).
    static let release = String(String(decoding: PackageResources.VERSION, as: UTF8.self).filter { !$0.isWhitespace })

    static var commit: String? {
        let commit = String(cString: ratify_build_commit())
        return commit.isEmpty ? nil : commit
    }

    static var description: String {
        var details = ["schema \(SchemaVersion.current)", "reference data \(ReferenceData.version)"]
        if let commit { details.append("commit \(commit)") }
        return "ratify \(release) (\(details.joined(separator: ", ")))"
    }
}
