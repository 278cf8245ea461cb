import ArgumentParser
import Foundation
import RatifyCore

struct TreatyOption: ParsableArguments {
    @Option(
        name: .customLong("treaty"), help: ArgumentHelp("The treaty's id (default: the database's default treaty).", valueName: "id"),
        completion: Completions.treaties)
    var id: String?
}
