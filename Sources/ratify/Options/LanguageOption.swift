import ArgumentParser
import Foundation
import RatifyCore
import RatifyReports

/// The language of the human-readable output (text, Markdown, HTML), shared
/// by `status`, `report` and `forecast`: `--lang`, else `$RATIFY_LANG`, else
/// the locale variables when they name Vietnamese (the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them: Foundation's
/// `Locale.current` ignores them on Linux), else English. JSON never
/// changes with it.
struct LanguageOption: ParsableArguments {
    static let variable = "RATIFY_LANG"

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of text, Markdown and HTML output: en or vi (default: $RATIFY_LANG, else the locale's when it is Vietnamese, else en). JSON never changes.",
            valueName: "language"))
    var language: ReportLanguage?

    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ReportLanguage {
        if let language { return language }
        if let value = environment[Self.variable], !value.isEmpty {
            guard let language = ReportLanguage(localeName: value) else {
                throw CommandError.badEnvironment(
                    name: Self.variable, value: value, expected: "expected en or vi; unset it to follow LANG")
            }
            return language
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap(ReportLanguage.init(localeName:)) ?? .english
    }

    /// A treaty's title in `language`: the definition's `titles`, else, for a
    /// built-in treaty stored before it had them, the built-in's.
    static func title(of definition: TreatyDefinition, in language: ReportLanguage) -> String {
        if let title = definition.titles[language.rawValue] { return title }
        let builtIn = BuiltInTreaties.all.first { $0.definition.id == definition.id && $0.definition.title == definition.title }
        return builtIn?.definition.title(in: language.rawValue) ?? definition.title
    }
}

/// `--lang` reads a language tag as `RATIFY_LANG` and `LANG` are read: `VI`,
/// `vi_VN` and `vi-VN` all mean vi.
extension ReportLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(localeName: argument) }
}
