import Foundation

/// A treaty's final clauses as the rules engine needs them: when it enters
/// into force, for whom, and what a signature or denunciation may do.
/// The JSON form is fixed by CONTRACT.md ("Treaty definitions").
public struct TreatyDefinition: Equatable, Sendable {
    public var id: String
    public var title: String
    /// All must hold at once for the threshold to be reached.
    public var conditions: [Condition]
    /// Whether an REIO's instrument counts in addition to its member States'.
    public var reioCounts: Bool
    public var entryIntoForce: [Step]
    /// Steps from a later participant's own deposit; nil means the same steps
    /// as `entryIntoForce`.
    public var laterParties: [Step]?
    public var laterPartiesNotBeforeEIF: Bool
    public var signatureOpens: CivilDate?
    public var signatureCloses: CivilDate?
    public var denunciation: [Step]
    public var groups: [String: [String]]
    public var weights: [String: [String: Double]]
    /// Free text: where the clauses come from.
    public var description: String?
    /// True when the file used the `threshold` shorthand; kept to write it back the same way.
    public var usesThresholdShorthand: Bool

    public enum Condition: Equatable, Sendable {
        /// At least `count` counted instruments, from members of `group` when given.
        case count(Int, group: String?)
        /// Counted parties' weights / the table's total ≥ `share`.
        case share(Double, weight: String)
    }

    /// The N of the first count condition: what `status` reports as the threshold.
    public var threshold: Int {
        for case .count(let n, _) in conditions { return n }
        return 0
    }

    public var laterPartySteps: [Step] { laterParties ?? entryIntoForce }

    public static let defaultDenunciation: [Step] = [.years(1)]
}

/// What is wrong with a definition: the field, what was expected, what was found.
public struct TreatyDefinitionError: RatifyError, Equatable, Sendable {
    public var field: String
    public var exitStatus: ExitStatus { .badData }
    public var expected: String
    public var found: String?

    public var description: String {
        let location = field.isEmpty ? "treaty definition" : "treaty definition field '\(field)'"
        return "\(location): expected \(expected)" + (found.map { ", found \($0)" } ?? "")
    }
}

extension TreatyDefinition {
    static let knownFields: Set<String> = [
        "id", "title", "description", "threshold", "conditions", "reio_counts", "entry_into_force",
        "later_parties", "later_parties_not_before_eif", "signature_opens", "signature_closes",
        "denunciation", "groups", "weights",
    ]

    /// Parses and validates a definition; `directory` checks the participant
    /// codes in `groups` and `weights`.
    public static func parse(
        _ data: Data, directory: ParticipantDirectory = .builtIn
    ) throws(TreatyDefinitionError) -> TreatyDefinition {
        let root: JSONValue
        do { root = try JSONValue.parse(data) } catch {
            throw TreatyDefinitionError(field: "", expected: "a JSON object", found: "text that is not valid JSON (\(Self.jsonProblem(error)))")
        }
        return try parse(root, directory: directory)
    }

    public static func parse(
        _ root: JSONValue, directory: ParticipantDirectory = .builtIn
    ) throws(TreatyDefinitionError) -> TreatyDefinition {
        guard case .object(let fields) = root else {
            throw TreatyDefinitionError(field: "", expected: "a JSON object", found: root.kindName)
        }
        if let unknown = fields.keys.filter({ !knownFields.contains($0) }).sorted().first {
            throw TreatyDefinitionError(
                field: unknown, expected: "no such field; known fields are " + knownFields.sorted().joined(separator: ", "))
        }
        let reader = FieldReader(fields: fields)

        let id = try reader.string("id")
        guard !id.isEmpty, id.count <= 64,
              id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { throw TreatyDefinitionError(field: "id", expected: "lowercase letters, digits and '-' ([a-z0-9-]+, at most 64)", found: "'\(id)'") }

        let groups = try reader.groups(directory: directory)
        let weights = try reader.weights(directory: directory)

        var conditions: [Condition]
        let shorthand = fields["threshold"] != nil
        switch (fields["threshold"], fields["conditions"]) {
        case (.some, .some):
            throw TreatyDefinitionError(field: "threshold", expected: "either 'threshold' or 'conditions', not both")
        case (nil, nil):
            throw TreatyDefinitionError(field: "threshold", expected: "'threshold' (a number of instruments) or 'conditions'")
        case (.some, nil):
            conditions = [.count(try reader.positiveInt("threshold"), group: nil)]
        case (nil, .some(let value)):
            conditions = try reader.conditions(value, groups: groups, weights: weights)
        }

        let opens = try reader.optionalDate("signature_opens")
        let closes = try reader.optionalDate("signature_closes")
        if let opens, let closes, closes < opens {
            throw TreatyDefinitionError(field: "signature_closes", expected: "a date on or after signature_opens (\(opens))", found: "\(closes)")
        }

        return TreatyDefinition(
            id: id,
            title: try reader.optionalString("title") ?? id,
            conditions: conditions,
            reioCounts: try reader.optionalBool("reio_counts") ?? false,
            entryIntoForce: try reader.steps("entry_into_force", required: true) ?? [],
            laterParties: try reader.steps("later_parties", required: false),
            laterPartiesNotBeforeEIF: try reader.optionalBool("later_parties_not_before_eif") ?? true,
            signatureOpens: opens,
            signatureCloses: closes,
            denunciation: try reader.steps("denunciation", required: false) ?? defaultDenunciation,
            groups: groups,
            weights: weights,
            description: try reader.optionalString("description"),
            usesThresholdShorthand: shorthand
        )
    }

    static func jsonProblem(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return String(describing: error)
    }
}

/// Reads typed fields out of a JSON object, throwing errors that name them.
private struct FieldReader {
    let fields: [String: JSONValue]

    func string(_ name: String) throws(TreatyDefinitionError) -> String {
        guard let value = fields[name] else { throw TreatyDefinitionError(field: name, expected: "a string (the field is required)") }
        guard case .string(let s) = value else { throw TreatyDefinitionError(field: name, expected: "a string", found: value.kindName) }
        return s
    }

    func optionalString(_ name: String) throws(TreatyDefinitionError) -> String? {
        guard let value = fields[name], value != .null else { return nil }
        guard case .string(let s) = value, !s.isEmpty else { throw TreatyDefinitionError(field: name, expected: "a non-empty string", found: value.kindName) }
        return s
    }

    func optionalBool(_ name: String) throws(TreatyDefinitionError) -> Bool? {
        guard let value = fields[name], value != .null else { return nil }
        guard case .bool(let b) = value else { throw TreatyDefinitionError(field: name, expected: "true or false", found: value.kindName) }
        return b
    }

    func positiveInt(_ name: String, in value: JSONValue? = nil) throws(TreatyDefinitionError) -> Int {
        let value = value ?? fields[name] ?? .null
        guard case .number(let n) = value, n == n.rounded(), n >= 1, n <= 1_000_000 else {
            throw TreatyDefinitionError(field: name, expected: "a whole number of at least 1", found: value.kindName)
        }
        return Int(n)
    }

    func optionalDate(_ name: String) throws(TreatyDefinitionError) -> CivilDate? {
        guard let value = fields[name], value != .null else { return nil }
        guard case .string(let s) = value else { throw TreatyDefinitionError(field: name, expected: "a date YYYY-MM-DD", found: value.kindName) }
        do { return try CivilDate.parse(s) } catch {
            throw TreatyDefinitionError(field: name, expected: "a date YYYY-MM-DD", found: error.description)
        }
    }

    func steps(_ name: String, required: Bool) throws(TreatyDefinitionError) -> [Step]? {
        guard let value = fields[name], value != .null else {
            if required { throw TreatyDefinitionError(field: name, expected: "a list of steps such as [\"+90d\"] (the field is required)") }
            return nil
        }
        guard case .array(let items) = value else {
            throw TreatyDefinitionError(field: name, expected: "a list of steps such as [\"+90d\"]", found: value.kindName)
        }
        var steps: [Step] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item, let step = Step(text) else {
                throw TreatyDefinitionError(field: "\(name)[\(index)]", expected: Step.expectedForm, found: item.kindName)
            }
            steps.append(step)
        }
        return steps
    }

    func code(_ text: String, field: String, directory: ParticipantDirectory) throws(TreatyDefinitionError) -> String {
        guard let participant = directory[text.uppercased()] else {
            throw TreatyDefinitionError(field: field, expected: "ISO 3166-1 alpha-3 codes of known participants", found: "'\(text)'")
        }
        return participant.code
    }

    func groups(directory: ParticipantDirectory) throws(TreatyDefinitionError) -> [String: [String]] {
        guard let value = fields["groups"], value != .null else { return [:] }
        guard case .object(let entries) = value else {
            throw TreatyDefinitionError(field: "groups", expected: "an object of named lists of participant codes", found: value.kindName)
        }
        var groups: [String: [String]] = [:]
        for (name, list) in entries {
            guard case .array(let items) = list else {
                throw TreatyDefinitionError(field: "groups.\(name)", expected: "a list of participant codes", found: list.kindName)
            }
            var codes: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item else {
                    throw TreatyDefinitionError(field: "groups.\(name)[\(index)]", expected: "a participant code", found: item.kindName)
                }
                codes.append(try code(text, field: "groups.\(name)[\(index)]", directory: directory))
            }
            groups[name] = codes
        }
        return groups
    }

    func weights(directory: ParticipantDirectory) throws(TreatyDefinitionError) -> [String: [String: Double]] {
        guard let value = fields["weights"], value != .null else { return [:] }
        guard case .object(let tables) = value else {
            throw TreatyDefinitionError(field: "weights", expected: "an object of named weight tables", found: value.kindName)
        }
        var weights: [String: [String: Double]] = [:]
        for (name, table) in tables {
            guard case .object(let entries) = table, !entries.isEmpty else {
                throw TreatyDefinitionError(field: "weights.\(name)", expected: "a non-empty object of participant code to weight", found: table.kindName)
            }
            var parsed: [String: Double] = [:]
            for (key, weight) in entries {
                let field = "weights.\(name).\(key)"
                guard case .number(let n) = weight, n >= 0, n.isFinite else {
                    throw TreatyDefinitionError(field: field, expected: "a number of at least 0", found: weight.kindName)
                }
                parsed[try code(key, field: field, directory: directory)] = n
            }
            guard parsed.values.reduce(0, +) > 0 else {
                throw TreatyDefinitionError(field: "weights.\(name)", expected: "weights whose total is above 0")
            }
            weights[name] = parsed
        }
        return weights
    }

    func conditions(
        _ value: JSONValue, groups: [String: [String]], weights: [String: [String: Double]]
    ) throws(TreatyDefinitionError) -> [TreatyDefinition.Condition] {
        guard case .array(let items) = value, !items.isEmpty else {
            throw TreatyDefinitionError(field: "conditions", expected: "a non-empty list of conditions", found: value.kindName)
        }
        var conditions: [TreatyDefinition.Condition] = []
        for (index, item) in items.enumerated() {
            let field = "conditions[\(index)]"
            guard case .object(let entry) = item else {
                throw TreatyDefinitionError(field: field, expected: "an object such as {\"count\": 40}", found: item.kindName)
            }
            let keys = Set(entry.keys)
            if keys == ["count"] || keys == ["count", "group"] {
                let count = try positiveInt("\(field).count", in: entry["count"])
                var group: String?
                if let groupValue = entry["group"] {
                    guard case .string(let name) = groupValue, groups[name] != nil else {
                        throw TreatyDefinitionError(field: "\(field).group", expected: "the name of a list in 'groups'" + Self.known(groups.keys), found: groupValue.kindName)
                    }
                    group = name
                }
                conditions.append(.count(count, group: group))
            } else if keys == ["share", "weight"] {
                guard case .number(let share) = entry["share"]!, share > 0, share <= 1 else {
                    throw TreatyDefinitionError(field: "\(field).share", expected: "a fraction above 0 and at most 1 (0.55 for 55 per cent)", found: entry["share"]!.kindName)
                }
                guard case .string(let name) = entry["weight"]!, weights[name] != nil else {
                    throw TreatyDefinitionError(field: "\(field).weight", expected: "the name of a table in 'weights'" + Self.known(weights.keys), found: entry["weight"]!.kindName)
                }
                conditions.append(.share(share, weight: name))
            } else {
                throw TreatyDefinitionError(
                    field: field, expected: "{\"count\": N}, {\"count\": N, \"group\": NAME} or {\"share\": F, \"weight\": NAME}",
                    found: "fields " + keys.sorted().joined(separator: ", "))
            }
        }
        return conditions
    }

    private static func known(_ names: Dictionary<String, some Any>.Keys) -> String {
        names.isEmpty ? " (none is defined)" : " (defined: " + names.sorted().joined(separator: ", ") + ")"
    }
}

extension TreatyDefinition: Encodable {
    private enum Key: String, CodingKey {
        case id, title, description, threshold, conditions, reio_counts, entry_into_force, later_parties,
             later_parties_not_before_eif, signature_opens, signature_closes, denunciation, groups, weights
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
        try c.encode(reioCounts, forKey: .reio_counts)
        try c.encode(entryIntoForce.map(\.description), forKey: .entry_into_force)
        try c.encodeIfPresent(laterParties?.map(\.description), forKey: .later_parties)
        try c.encode(laterPartiesNotBeforeEIF, forKey: .later_parties_not_before_eif)
        try c.encodeIfPresent(signatureOpens, forKey: .signature_opens)
        try c.encodeIfPresent(signatureCloses, forKey: .signature_closes)
        try c.encode(denunciation.map(\.description), forKey: .denunciation)
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
        if !weights.isEmpty { try c.encode(weights, forKey: .weights) }
    }
}
