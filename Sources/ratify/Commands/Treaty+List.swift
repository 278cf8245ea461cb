import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension TreatyCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the treaties in the database.")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "A JSON list of {id, title, default, threshold, definition}.") var json = false

        struct Entry: Encodable {
            var id: String, title: String, `default`: Bool, threshold: Int, revisions: Int, definition: TreatyDefinition
        }

        func run() throws {
            let store = try database.openStoreForReading()
            defer { store.close() }
            let treaties = try store.treaties()
            if json {
                Terminal.out(
                    try JSONOutput.string(
                        treaties.map {
                            Entry(
                                id: $0.definition.id, title: $0.definition.title, default: $0.isDefault,
                                threshold: $0.definition.threshold, revisions: $0.revisions, definition: $0.definition)
                        }))
                return
            }
            var table = TextTable(header: ["Id", "Default", "Threshold", "Title"])
            for t in treaties {
                table.rows.append([t.definition.id, t.isDefault ? "*" : "", "\(t.definition.threshold)", t.definition.title])
            }
            Terminal.out(table.render(style: Terminal.stdoutStyle))
        }
    }
}

extension TreatyCommand.List: Exemplified {
    static let examples = [
        "ratify treaty list",
        "ratify treaty list --json",
    ]
}
