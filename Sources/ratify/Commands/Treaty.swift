import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

struct TreatyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treaty",
        abstract: "Add, list and show treaty definitions.",
        subcommands: [Add.self, List.self, Show.self])
}

extension TreatyCommand: Exemplified {
    static let examples = [
        "ratify treaty add my-treaty.json --default",
        "ratify treaty show hanoi > hanoi.json",
    ]
}
