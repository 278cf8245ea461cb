import Foundation
import RatifyCore

/// Reads back what `ratify export --format json` writes.
public struct JSONActionReader {
    public var source: String
    public var knownTreaties: Set<String>
    public var directory: ParticipantDirectory

    public init(source: String, knownTreaties: Set<String>, directory: ParticipantDirectory = .builtIn) {
        self.source = source
        self.knownTreaties = knownTreaties
        self.directory = directory
    }

    public func read(_ text: String) throws(ImportFailure) -> [PendingAction] {
        func fail(_ message: String) -> ImportFailure { ImportFailure([ImportProblem(source: source, line: nil, message: message)]) }
        let root: JSONValue
        do { root = try JSONValue.parse(Data(text.utf8)) } catch {
            throw fail("not valid JSON: expected what 'ratify export --format json' writes")
        }
        guard case .object(let document) = root, case .array(let treaties)? = document["treaties"] else {
            throw fail("expected an object with a 'treaties' list, as 'ratify export --format json' writes")
        }
        var actions: [PendingAction] = []
        var problems: [ImportProblem] = []
        let csv = CSVActionReader(source: source, defaultTreaty: "", knownTreaties: knownTreaties, directory: directory)
        for (t, treaty) in treaties.enumerated() {
            guard case .object(let fields) = treaty, case .string(let id)? = fields["id"], case .array(let items)? = fields["actions"]
            else {
                problems.append(
                    ImportProblem(source: source, line: nil, message: "treaties[\(t)]: expected an object with 'id' and 'actions'"))
                continue
            }
            // One problem for a treaty this database lacks, not one per action.
            guard knownTreaties.contains(id) else {
                problems.append(
                    ImportProblem(
                        source: "\(source) treaties[\(t)]", line: nil,
                        message:
                            "unknown treaty '\(id)' (\(items.count) action\(items.count == 1 ? "" : "s")): add its definition first, "
                            + "e.g. 'ratify treaty add \(source)' (an export holds its treaties' definitions), then import again"))
                continue
            }
            for (i, item) in items.enumerated() {
                func text(_ key: String) -> String? {
                    if case .object(let f) = item, case .string(let s)? = f[key], !s.isEmpty { return s }
                    return nil
                }
                do {
                    var pending = try csv.makeAction(
                        state: text("state"), action: text("action"), date: text("date"),
                        reference: text("reference"), note: text("note"), treaty: id, line: i + 1)
                    pending.action.provenance = Provenance(source: "\(source) treaties[\(t)].actions[\(i)]")
                    actions.append(pending)
                } catch {
                    problems.append(ImportProblem(source: "\(source) treaties[\(t)].actions[\(i)]", line: nil, message: error.message))
                }
            }
        }
        guard problems.isEmpty else { throw ImportFailure(problems) }
        return actions
    }
}
