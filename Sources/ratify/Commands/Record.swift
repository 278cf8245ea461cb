import ArgumentParser
import RatifyCore
import RatifyStore

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record one action: a signature, an instrument of consent or a denunciation.",
        discussion: """
            STATE is an ISO 3166-1 alpha-3 code or a name ("Viet Nam", "Vietnam", "VNM"). ACTION is one of \
            signature, ratification, acceptance, approval, accession, succession, denunciation, or one of the \
            depositary's: consent-to-be-bound (an instrument of consent by another means), provisional-application \
            and application (neither counts). \
            Recording an action already in effect (same state, action and date) changes nothing. \
            To change a recorded action use 'ratify correct'; to withdraw one, 'ratify void'.
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The participant: code or name.", completion: Completions.participants) var state: String
    @Argument(help: "The action.", completion: Completions.actionKinds) var action: String
    @Argument(help: "The date of the action, YYYY-MM-DD.") var date: String
    @OptionGroup var treaty: TreatyOption
    @Option(name: .customLong("ref"), help: "The depositary notification, e.g. C.N.45.2026.TREATIES-XVIII.16.") var reference: String?
    @Option(help: "A note kept with the record.") var note: String?
    @OptionGroup var asOf: AsOfOption
    @Flag(name: .shortAndLong, help: "Print nothing on success.") var quiet = false

    func run() throws {
        // Arguments are parsed here, not by ArgumentParser, so that a bad
        // value is bad data (65) with the core's message, not a usage error.
        let directory = ParticipantDirectory.builtIn
        let participant: Participant
        do { participant = try directory.lookup(state) } catch {
            // An action where the participant goes: the arguments are in the wrong order.
            guard (try? ActionKind.parse(state)) != nil else { throw error }
            throw UsageError(
                "'\(state)' is an action, not a participant: the order is STATE ACTION DATE, e.g. ratify record FRA \(state) 2025-10-25",
                command: "record")
        }
        let kind = try ActionKind.parse(action)
        let civilDate = try CivilDate.parse(date)
        let store = try database.openStore()
        defer { store.close() }
        let treatyID = try store.treaty(treaty.id).definition.id
        let pending = PendingAction(
            treaty: treatyID,
            action: ActionRecord(
                participant: participant.code, kind: kind, date: civilDate,
                reference: reference, note: note, provenance: .commandLine))
        let outcome = try store.record([pending], today: try asOf.resolvedForWriting(command: "record"))
        guard !quiet else { return }
        let what = "\(participant.name) (\(participant.code)) \(kind.rawValue) \(civilDate) [\(treatyID)]"
        if let detailed = outcome.detailed.first {
            Terminal.out("corrected #\(detailed.supersedes): \(what): \(detailed.reason) (the original stays in 'ratify history')\n")
        } else {
            Terminal.out(outcome.added.isEmpty ? "unchanged: \(what) is already recorded\n" : "recorded: \(what)\n")
        }
    }
}

extension Record: Exemplified {
    static let examples = [
        "ratify record \"Viet Nam\" signature 2025-10-25",
        "ratify record VNM ratification 2026-06-01 --ref C.N.45.2026.TREATIES-XVIII.16",
    ]
}
