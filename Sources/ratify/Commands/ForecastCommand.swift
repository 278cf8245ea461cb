import ArgumentParser
import RatifyCore
import RatifyFormats
import RatifyReports
import RatifyStore

/// `ratify forecast`: when the threshold will be reached and the treaty
/// enter into force, as a band (the core's `Forecaster`). Named
/// `ForecastCommand` so as not to hide the core's `Forecast`.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast when the threshold will be reached and the treaty enter into force, at 10, 50 and 90 per cent.",
        discussion: """
            The forecast compares the treaty, where it stands on --as-of (instruments counted, signatures, time since \
            opening), with the recorded histories (to 2015) of the treaties deposited with the UN Secretary-General, weighted by how alike \
            they were at the same stage, and borrows their later deposits. It prints the dates by which the threshold \
            is reached and the treaty enters into force with 10, 50 and 90 per cent probability, the chance of being in \
            force by the end of each of the next three years, and what it rests on. Once the threshold is reached the \
            dates are the record's. --assume STATE=DATE[:ACTION] adds hypothetical instruments, counted from their dates, \
            as in 'status'. The same input gives the same output.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var treaty: TreatyOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption
    @Flag(help: "Print the forecast as one JSON object (the contract's fields and the basis).") var json = false
    @OptionGroup var assume: AssumeOption

    func run() throws {
        let language = try self.language.resolved()
        let asOfDate = try asOf.resolved()
        let assumed = try assume.actions(command: "forecast", directory: .builtIn)
        let store = try database.openStoreForReading()
        defer { store.close() }
        let (definition, actions) = try AssumeOption.projectedRecord(assumed, of: treaty.id, in: store)
        let forecast = Forecaster.forecast(treaty: definition, actions: actions, asOf: asOfDate, directory: store.directory)
        if json {
            Terminal.out(try JSONOutput.string(forecast))
        } else {
            Terminal.out(
                ForecastText.render(
                    forecast, style: Terminal.stdoutStyle, language: language, width: TerminalWidth.stdout,
                    title: LanguageOption.title(of: definition, in: language),
                    severalConditions: definition.conditions.count > 1, directory: store.directory))
        }
    }
}

extension ForecastCommand: Exemplified {
    static let examples = [
        "ratify forecast --as-of 2026-11-22                   # the band, and what it rests on",
        "ratify forecast --json --assume FRA=2027-03-01       # if France ratifies on 1 March 2027",
    ]
}
