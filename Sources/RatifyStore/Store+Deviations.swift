import GRDB
import RatifyCore

extension Store {
    /// Records that each violation's action breaks its rule as the depositary
    /// states it. `ids` gives, per treaty, the row id of each action recorded
    /// in this transaction (a violation of a new action carries none). One
    /// row per action and rule; should a rule say two things of one action
    /// (an instrument both doubled and doubling), its message keeps both.
    /// Returns the violations with their actions' ids.
    func insertDeviations(
        _ accepted: [(treaty: String, violation: RuleViolation)], ids: [String: [ActionKey: Int64]], in db: Database
    ) throws -> [RuleViolation] {
        var messages: [Int64: [String: [String]]] = [:]
        var order: [(id: Int64, rule: String)] = []
        var recorded: [RuleViolation] = []
        for (treaty, violation) in accepted {
            var action = violation.action
            guard let id = action.id ?? ids[treaty]?[action.key] else { continue }
            action.id = id
            if messages[id]?[violation.rule] == nil { order.append((id, violation.rule)) }
            messages[id, default: [:]][violation.rule, default: []].append(violation.message.summary)
            recorded.append(RuleViolation(action: action, rule: violation.rule, message: violation.message))
        }
        for (id, rule) in order {
            try DepositaryDeviationRow(actionId: id, rule: rule, message: messages[id]![rule]!.joined(separator: "; ")).insert(db)
        }
        return recorded
    }

    /// Every accepted deviation of a treaty's actions, by action id.
    func deviations(treaty: String, in db: Database) throws -> [Int64: [DepositaryDeviation]] {
        let rows = try DepositaryDeviationRow.fetchAll(
            db,
            sql: "SELECT d.* FROM depositary_deviation d JOIN action a ON a.id = d.action_id WHERE a.treaty_id = ? ORDER BY d.rowid",
            arguments: [treaty])
        return Dictionary(grouping: rows, by: \.actionId).mapValues { $0.map { DepositaryDeviation(rule: $0.rule, message: $0.message) } }
    }
}
