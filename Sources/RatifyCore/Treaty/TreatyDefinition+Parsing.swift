import Foundation

extension TreatyDefinition {
    static let knownFields = Set(fields.map(\.name))

    /// Parses and validates a definition; `directory` checks the participant
    /// codes in `groups` and `weights`.
    public static func parse(
        _ data: Data, directory: ParticipantDirectory = .builtIn
    ) throws(TreatyDefinitionError) -> TreatyDefinition {
        let root: JSONValue
        do { root = try JSONValue.parse(data) } catch {
            throw TreatyDefinitionError(
                field: "", expected: "a JSON object", found: "text that is not valid JSON (\(Self.jsonProblem(error)))")
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
        let reader = DefinitionFieldReader(fields: fields)

        let id = try reader.string("id")
        guard !id.isEmpty, id.count <= 64,
            id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else {
            throw TreatyDefinitionError(
                field: "id", expected: "lowercase letters, digits and '-' ([a-z0-9-]+, at most 64)", found: "'\(id)'")
        }

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
            throw TreatyDefinitionError(
                field: "signature_closes", expected: "a date on or after signature_opens (\(opens))", found: "\(closes)")
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
            usesThresholdShorthand: shorthand,
            titles: try reader.titles(),
            consentNeedsSignature: try reader.optionalConsentKinds("consent_needs_signature")
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
