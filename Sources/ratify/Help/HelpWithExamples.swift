import ArgumentParser

/// ArgumentParser's help for a command, with its examples at the end.
enum HelpWithExamples {
    /// The help text ArgumentParser would print for `error` (a help
    /// request), followed by "EXAMPLES:" when the command has some; nil for
    /// what is not a command's help (the version, a completion script).
    static func text(for error: any Error) -> String? {
        let help = Ratify.fullMessage(for: error)
        guard help.hasPrefix("OVERVIEW:") || help.hasPrefix("USAGE:"),
            let command = command(named: usagePath(help))
        else { return nil }
        guard let examples = (command as? any Exemplified.Type)?.examples, !examples.isEmpty else { return help }
        return help.trimmingTrailingNewlines + "\n\nEXAMPLES:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    /// The subcommand names after `ratify` on the USAGE line.
    static func usagePath(_ help: String) -> [String] {
        guard let line = help.split(separator: "\n").first(where: { $0.hasPrefix("USAGE: ratify") }) else { return [] }
        return line.dropFirst("USAGE: ratify".count).split(separator: " ").map(String.init)
            .prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") && !$0.hasPrefix("-") }
    }

    static func command(named path: [String]) -> (any ParsableCommand.Type)? {
        var command: any ParsableCommand.Type = Ratify.self
        for name in path {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { return nil }
            command = next
        }
        return command
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: Substring {
        self[..<(lastIndex { $0 != "\n" }.map(index(after:)) ?? startIndex)]
    }
}
