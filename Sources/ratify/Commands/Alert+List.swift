import ArgumentParser
import Foundation
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

extension Alert {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the alerts raised so far, whether each was delivered, and its id (RATIFY_ALERT_ID).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var treaty: TreatyOption

        func run() throws {
            let store = try database.openStore()
            defer { store.close() }
            let id = try store.treaty(treaty.id).definition.id
            var table = TextTable(header: ["Date", "Kind", "Delivered", "Id", "Message"])
            for (alert, delivered) in try store.alerts(treaty: id) {
                table.rows.append([alert.date, alert.kind, delivered ?? "pending", alert.alertID, alert.message])
            }
            Terminal.out(table.render(style: Terminal.stdoutStyle))
        }
    }
}

extension Alert.List: Exemplified {
    static let examples = [
        "ratify alert list --treaty hanoi"
    ]
}
