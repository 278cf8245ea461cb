import Foundation

/// The treaty definitions a `ratify export --format json` document holds
/// (`treaties[].definition`), so that `treaty add EXPORT.json` restores
/// them into a new database before `import EXPORT.json` restores the
/// actions. Nil for any other JSON: that is read as one definition.
enum ExportDefinitions {
    static func definitions(in bytes: Data, source: String) -> [(bytes: Data, source: String)]? {
        guard let document = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
            document["format"] as? String == "ratify-export", let treaties = document["treaties"] as? [[String: Any]]
        else { return nil }
        return treaties.enumerated().compactMap { index, treaty in
            guard let definition = treaty["definition"],
                let data = try? JSONSerialization.data(withJSONObject: definition, options: [.sortedKeys, .prettyPrinted])
            else { return nil }
            return (data, "\(source) treaties[\(index)].definition")
        }
    }
}
