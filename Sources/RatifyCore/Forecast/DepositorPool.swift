/// Who may deposit the projected instruments when a condition counts a named
/// group: the signatories not yet bound, then every other participant that
/// can still deposit and whose instrument counts, each with the groups it
/// belongs to. Those that can still deposit: current States and regional
/// economic integration organizations (which the UN's treaties of this kind
/// admit), and a code the directory does not know that a group names (the
/// user's own); never a former State, a territory or another organization
/// unless it signed. Each draw takes
/// them in its own seeded random order, signatories first.
struct DepositorPool {
    /// The groups of each candidate, by candidate index.
    private let memberships: [[Int]]
    private let signatories: [Int]
    private let others: [Int]

    init(
        status: TreatyStatus, directory: ParticipantDirectory, treaty: TreatyDefinition,
        counter: ConditionCounter, excluded: Set<String>, counts: (String) -> Bool
    ) {
        let signed = Set(status.participants.filter { $0.signature != nil }.map(\.state))
        let canDeposit = { (code: String) -> Bool in
            guard let participant = directory[code] else { return true }
            return participant.kind == .state || participant.kind == .reio
        }
        var everyone = Set(directory.participants.map(\.code).filter(canDeposit)).union(signed)
        for members in treaty.groups.values { everyone.formUnion(members.filter(canDeposit)) }
        let candidates = everyone.filter { !excluded.contains($0) && counts($0) }.sorted()
        memberships = candidates.map(counter.memberships(of:))
        signatories = candidates.indices.filter { signed.contains(candidates[$0]) }
        others = candidates.indices.filter { !signed.contains(candidates[$0]) }
    }

    /// A draw's depositors, taken one at a time (a Fisher–Yates shuffle done
    /// only as far as the draw goes).
    struct Order {
        private let memberships: [[Int]]
        private var signatories: [Int]
        private var others: [Int]
        private var generator: SplitMix64

        init(pool: DepositorPool, seed: UInt64) {
            memberships = pool.memberships
            signatories = pool.signatories
            others = pool.others
            generator = SplitMix64(seed: seed)
        }

        /// The groups of the next depositor; none once everyone has deposited.
        mutating func next() -> [Int] {
            if !signatories.isEmpty { return memberships[Self.take(from: &signatories, using: &generator)] }
            if !others.isEmpty { return memberships[Self.take(from: &others, using: &generator)] }
            return []
        }

        private static func take(from list: inout [Int], using generator: inout SplitMix64) -> Int {
            let index = Int.random(in: 0..<list.count, using: &generator)
            list.swapAt(index, list.count - 1)
            return list.removeLast()
        }
    }
}
