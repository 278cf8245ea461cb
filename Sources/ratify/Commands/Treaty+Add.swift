import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension TreatyCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a treaty definition, or replace the one with the same id (its actions stay).",
            discussion: "Several files are added all or nothing, in one transaction. A definition is a JSON object; its fields:\n"
                + TreatyDefinition.fields.map { "  \($0.name): \($0.meaning)" }.joined(separator: "\n")
                + "\nSteps: +Nd, +Nm, +Ny, first-of-month, first-of-next-month. More in docs/cli.md.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The definition, JSON, or - for standard input.", completion: Completions.definitions) var files: [String]
        @Flag(name: .customLong("default"), help: "Make it the database's default treaty (with one file).") var makeDefault = false
        @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

        /// Options that exclude each other, or values of the wrong form (64).
        func checkOptions() throws {
            if files.isEmpty { throw UsageError("give the definition file to add", command: "treaty add") }
            if makeDefault && files.count > 1 { throw UsageError("--default takes a single file", command: "treaty add") }
        }

        func run() throws {
            try checkOptions()
            // Every file is read and validated before the database is opened.
            // An export holds its treaties' definitions: each is one to add.
            let inputs = try files.flatMap { file -> [(bytes: Data, source: String)] in
                let input = try InputFile.read(file)
                return ExportDefinitions.definitions(in: input.bytes, source: input.source) ?? [(input.bytes, input.source)]
            }
            if makeDefault && inputs.count > 1 {
                throw UsageError("--default takes a single definition; this export holds \(inputs.count)", command: "treaty add")
            }
            let definitions = try inputs.map { input -> (TreatyDefinition, String, String) in
                do {
                    return (try TreatyDefinition.parse(input.bytes), String(decoding: input.bytes, as: UTF8.self), input.source)
                } catch let error as TreatyDefinitionError {
                    throw inputs.count > 1 ? CommandError.definitionFile(source: input.source, error: error) : error
                }
            }
            let store = try database.openStore()
            defer { store.close() }
            let (changes, defaultChanged) = try store.addTreaties(definitions.map { ($0.0, $0.1, $0.2) }, makeDefault: makeDefault)
            if !quiet {
                for (definition, change) in zip(definitions.map(\.0), changes) {
                    if makeDefault && defaultChanged && change == .unchanged {
                        Terminal.out("default: \(definition.id) is now the default treaty (its definition is unchanged)\n")
                        continue
                    }
                    let note = !makeDefault ? "" : defaultChanged ? " (now the default treaty)" : " (already the default treaty)"
                    Terminal.out("\(change.rawValue): \(definition.id)\(note)\n")
                }
            }
        }
    }
}

extension TreatyCommand.Add: Exemplified {
    static let examples = [
        "ratify treaty add bbnj.json --default",
        "ratify treaty show hanoi | sed 's/\"+30d\"/\"+60d\"/' | ratify treaty add -",
    ]
}
