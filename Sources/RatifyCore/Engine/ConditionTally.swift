/// Running totals for each condition, updated one instrument at a time so
/// that checking after each deposit date costs O(conditions).
struct ConditionTally {
    private let treaty: TreatyDefinition
    private var total = 0
    private var groupCounts: [String: Int] = [:]
    private var weightSums: [String: Double] = [:]
    private let groupMembers: [String: Set<String>]
    private let weightTotals: [String: Double]

    init(treaty: TreatyDefinition) {
        self.treaty = treaty
        groupMembers = treaty.groups.mapValues(Set.init)
        weightTotals = treaty.weights.mapValues { $0.values.reduce(0, +) }
    }

    mutating func apply(code: String, delta: Int) {
        total += delta
        for (name, members) in groupMembers where members.contains(code) {
            groupCounts[name, default: 0] += delta
        }
        for (name, table) in treaty.weights {
            if let weight = table[code] { weightSums[name, default: 0] += Double(delta) * weight }
        }
    }

    var allHold: Bool {
        treaty.conditions.allSatisfy { condition in
            switch condition {
            case .count(let n, nil): total >= n
            case .count(let n, let group?): groupCounts[group, default: 0] >= n
            // A small tolerance keeps 0.55 from failing on binary rounding.
            case .share(let share, let weight): weightSums[weight, default: 0] / weightTotals[weight, default: 1] >= share - 1e-12
            }
        }
    }
}
