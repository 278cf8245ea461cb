extension TreatyDefinition: Encodable {
    private enum Key: String, CodingKey {
        case id, title, description, threshold, conditions
        case reioCounts = "reio_counts"
        case entryIntoForce = "entry_into_force"
        case laterParties = "later_parties"
        case
            laterPartiesNotBeforeEif = "later_parties_not_before_eif"
        case signatureOpens = "signature_opens"
        case signatureCloses = "signature_closes"
        case denunciation, groups, weights, titles
        case consentNeedsSignature = "consent_needs_signature"
    }

    private enum ConditionKey: String, CodingKey { case count, group, share, weight }

    /// Writes the canonical form, which `parse` reads back to an equal value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(description, forKey: .description)
        if usesThresholdShorthand, conditions.count == 1, case .count(let n, nil) = conditions[0] {
            try c.encode(n, forKey: .threshold)
        } else {
            var list = c.nestedUnkeyedContainer(forKey: .conditions)
            for condition in conditions {
                var item = list.nestedContainer(keyedBy: ConditionKey.self)
                switch condition {
                case .count(let n, let group):
                    try item.encode(n, forKey: .count)
                    try item.encodeIfPresent(group, forKey: .group)
                case .share(let share, let weight):
                    try item.encode(share, forKey: .share)
                    try item.encode(weight, forKey: .weight)
                }
            }
        }
        try c.encode(reioCounts, forKey: .reioCounts)
        try c.encode(entryIntoForce.map(\.description), forKey: .entryIntoForce)
        try c.encodeIfPresent(laterParties?.map(\.description), forKey: .laterParties)
        try c.encode(laterPartiesNotBeforeEIF, forKey: .laterPartiesNotBeforeEif)
        try c.encodeIfPresent(signatureOpens, forKey: .signatureOpens)
        try c.encodeIfPresent(signatureCloses, forKey: .signatureCloses)
        try c.encode(denunciation.map(\.description), forKey: .denunciation)
        try c.encodeIfPresent(consentNeedsSignature?.sorted().map(\.rawValue), forKey: .consentNeedsSignature)
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
        if !weights.isEmpty { try c.encode(weights, forKey: .weights) }
        if !titles.isEmpty { try c.encode(titles, forKey: .titles) }
    }
}
