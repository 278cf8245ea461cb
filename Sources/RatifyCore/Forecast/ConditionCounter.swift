/// The count conditions the projection follows, counted as instruments are
/// projected. Participants are roster indices, not codes: a forecast with a
/// condition on a named group projects some hundred thousand deposits, where
/// looking codes up in sets (as the engine's tally does, once per deposit of
/// the record) would dominate. A weighted share is never here: one not yet
/// met is not forecast, and one met stays met as instruments are added.
struct ConditionCounter {
    /// The named groups the conditions count, in name order.
    let groups: [String]
    private let members: [Set<String>]
    private let requiredTotal: Int
    private let requiredInGroup: [Int]
    private(set) var total = 0
    private var inGroup: [Int]

    init(treaty: TreatyDefinition) {
        var total = 0
        var required: [String: Int] = [:]
        for case .count(let n, let group) in treaty.conditions {
            if let group { required[group] = max(required[group] ?? 0, n) } else { total = max(total, n) }
        }
        groups = required.keys.sorted()
        members = groups.map { Set(treaty.groups[$0] ?? []) }
        requiredTotal = total
        requiredInGroup = groups.map { required[$0] ?? 0 }
        inGroup = Array(repeating: 0, count: groups.count)
    }

    /// The indices of the groups `code` belongs to.
    func memberships(of code: String) -> [Int] {
        members.indices.filter { members[$0].contains(code) }
    }

    /// One instrument more, from a participant in the given groups.
    mutating func add(inGroups memberships: [Int]) {
        total += 1
        for group in memberships { inGroup[group] += 1 }
    }

    var allHold: Bool {
        total >= requiredTotal && inGroup.indices.allSatisfy { inGroup[$0] >= requiredInGroup[$0] }
    }

    /// How many instruments each condition still needs; at least 1 overall
    /// unless every condition holds.
    var shortfall: Int {
        inGroup.indices.reduce(requiredTotal - total) { max($0, requiredInGroup[$1] - inGroup[$1]) }
    }

    var hasGroups: Bool { !groups.isEmpty }
}
