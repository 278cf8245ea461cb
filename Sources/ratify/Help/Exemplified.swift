import ArgumentParser

/// A command whose `--help` ends with real examples (ArgumentParser has no
/// place after the options for them; `HelpWithExamples` adds it).
protocol Exemplified: ParsableCommand {
    /// Whole command lines, each with a short comment after `#`.
    static var examples: [String] { get }
}
