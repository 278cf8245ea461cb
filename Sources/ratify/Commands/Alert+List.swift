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
        @Flag(help: "Print the alerts as a JSON array.") var json = false

        func run() throws {
            let store = try database.openStore()
            defer { store.close() }
            let id = try store.treaty(treaty.id).definition.id
            if json || Alert.jsonRequested {
                let rows = try store.alerts(treaty: id).map { ListedAlert(alert: $0.alert, deliveredAt: $0.deliveredAt) }
                return Terminal.out(try JSONOutput.string(rows))
            }
            var table = TextTable(header: ["Date", "Kind", "Delivered", "Id", "Message"])
            for (alert, delivered) in try store.alerts(treaty: id) {
                table.rows.append([alert.date, alert.kind, delivered ?? "pending", alert.alertID, alert.message])
            }
            Terminal.out(Self.render(table, style: Terminal.stdoutStyle, width: TerminalWidth.stdout))
        }

        /// The table, one line an alert; on a terminal too narrow for that,
        /// each message wraps, indented, under its row (cut, it would say
        /// nothing but the treaty's title).
        static func render(_ table: TextTable, style: TextStyle, width: Int?) -> String {
            let full = table.render(style: style)
            guard let width, table.render(style: .plain).split(separator: "\n").contains(where: { $0.count > width }) else { return full }
            var short = TextTable(header: Array(table.header.dropLast()))
            short.rows = table.rows.map { Array($0.dropLast()) }
            let lines = short.render(style: style, width: width).split(separator: "\n")
            var out = String(lines[0]) + "\n"
            for (line, row) in zip(lines.dropFirst(), table.rows) {
                out += line + "\n"
                out += TextWrap.lines(VisibleText.escape(row[4]), width: max(20, width - 4)).map { "    " + $0 + "\n" }.joined()
            }
            return out
        }
    }
}

extension Alert.List: Exemplified {
    static let examples = [
        "ratify alert list --treaty hanoi"
    ]
}
