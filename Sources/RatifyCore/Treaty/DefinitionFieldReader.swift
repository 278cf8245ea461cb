import Foundation

/// Reads typed fields out of a JSON object, throwing errors that name them.
struct DefinitionFieldReader {
    let fields: [String: JSONValue]

    func string(_ name: String) throws(TreatyDefinitionError) -> String {
        guard let value = fields[name] else { throw TreatyDefinitionError(field: name, expected: "a string (the field is required)") }
        guard case .string(let s) = value else { throw TreatyDefinitionError(field: name, expected: "a string", found: value.kindName) }
        return s
    }

    func optionalString(_ name: String) throws(TreatyDefinitionError) -> String? {
        guard let value = fields[name], value != .null else { return nil }
        guard case .string(let s) = value, !s.isEmpty else {
            throw TreatyDefinitionError(field: name, expected: "a non-empty string", found: value.kindName)
        }
        return s
    }

    /// `"titles": {"vi": "..."}`: the title in other languages, by BCP 47 tag.
    func titles() throws(TreatyDefinitionError) -> [String: String] {
        guard let value = fields["titles"], value != .null else { return [:] }
        guard case .object(let entries) = value else {
            throw TreatyDefinitionError(
                field: "titles", expected: "an object of titles by language, e.g. {\"vi\": \"...\"}", found: value.kindName)
        }
        var titles: [String: String] = [:]
        for (tag, title) in entries {
            guard !tag.isEmpty, tag.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-" }) else {
                throw TreatyDefinitionError(field: "titles", expected: "language tags such as \"vi\" as keys", found: "'\(tag)'")
            }
            guard case .string(let text) = title, !text.isEmpty else {
                throw TreatyDefinitionError(field: "titles.\(tag)", expected: "a non-empty string", found: title.kindName)
            }
            titles[tag] = text
        }
        return titles
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
        guard case .string(let s) = value else {
            throw TreatyDefinitionError(field: name, expected: "a date YYYY-MM-DD", found: value.kindName)
        }
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

    /// A list of instrument-of-consent names (`["ratification"]`, `[]`);
    /// nil when the field is absent.
    func optionalConsentKinds(_ name: String) throws(TreatyDefinitionError) -> Set<ActionKind>? {
        guard let value = fields[name], value != .null else { return nil }
        let expected =
            "a list of instruments of consent, each one of "
            + ActionKind.allCases.filter(\.isConsent).map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + " ([] for none)"
        guard case .array(let items) = value else { throw TreatyDefinitionError(field: name, expected: expected, found: value.kindName) }
        var kinds: Set<ActionKind> = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item, let kind = ActionKind(rawValue: text), kind.isConsent else {
                throw TreatyDefinitionError(field: "\(name)[\(index)]", expected: expected, found: item.kindName)
            }
            kinds.insert(kind)
        }
        return kinds
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
                throw TreatyDefinitionError(
                    field: "weights.\(name)", expected: "a non-empty object of participant code to weight", found: table.kindName)
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
                        throw TreatyDefinitionError(
                            field: "\(field).group", expected: "the name of a list in 'groups'" + Self.known(groups.keys),
                            found: groupValue.kindName)
                    }
                    group = name
                }
                conditions.append(.count(count, group: group))
            } else if keys == ["share", "weight"] {
                guard case .number(let share) = entry["share"]!, share > 0, share <= 1 else {
                    throw TreatyDefinitionError(
                        field: "\(field).share", expected: "a fraction above 0 and at most 1 (0.55 for 55 per cent)",
                        found: entry["share"]!.kindName)
                }
                guard case .string(let name) = entry["weight"]!, weights[name] != nil else {
                    throw TreatyDefinitionError(
                        field: "\(field).weight", expected: "the name of a table in 'weights'" + Self.known(weights.keys),
                        found: entry["weight"]!.kindName)
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
