import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension TreatyCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Print a treaty's definition as JSON.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The treaty's id (default: the default treaty).", completion: Completions.treaties) var id: String?

        func run() throws {
            let store = try database.openStoreForReading()
            defer { store.close() }
            Terminal.out(try JSONOutput.string(try store.treaty(id).definition))
        }
    }
}

extension TreatyCommand.Show: Exemplified {
    static let examples = [
        "ratify treaty show                            # the default treaty",
        "ratify treaty show hanoi > hanoi.json",
    ]
}
