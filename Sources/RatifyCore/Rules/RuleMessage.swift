/// What a broken rule says, as a named value (as swift-format's
/// `Finding.Message`): tests assert on the case, people read `description`,
/// which says what is wrong and how to put it right, without the action
/// itself (`RuleViolation.message(name:)` adds that).
public enum RuleMessage: Hashable, Sendable, CustomStringConvertible {
    /// The action is dated after today.
    case dateAfterToday(today: CivilDate)
    /// A second signature; `others` are the participant's other signature dates.
    case alreadySigned(others: [CivilDate])
    /// A signature outside the treaty's signature period.
    case signatureOutsidePeriod(opens: CivilDate?, closes: CivilDate?)
    /// An instrument that needs a signature, and none is recorded.
    case noSignature(ActionKind)
    /// An instrument that needs a signature, deposited before it.
    case signatureAfterDeposit(signature: CivilDate, ActionKind)
    /// An instrument deposited while another is held (said of the new one).
    case alreadyBound(by: ActionKind, on: CivilDate)
    /// The instrument held, which a later one would double (said of the held one).
    case secondInstrument(ActionKind, on: CivilDate)
    /// A denunciation with no instrument of consent before it.
    case nothingToDenounce
    /// A denunciation of an instrument already denounced.
    case alreadyDenounced

    /// The summary and the fix, as a person who just gave the action reads them.
    public var description: String {
        switch self {
        case .dateAfterToday, .signatureOutsidePeriod: "\(summary); \(fix!)"
        case .alreadySigned, .noSignature, .alreadyBound, .secondInstrument, .signatureAfterDeposit: "\(summary) (\(fix!))"
        case .nothingToDenounce, .alreadyDenounced: summary
        }
    }

    /// What is wrong, without advice.
    public var summary: String {
        switch self {
        case .dateAfterToday(let today):
            "the date is after today (\(today))"
        case .alreadySigned(let others):
            "already signed on \(others.map(\.description).joined(separator: ", ")); a participant signs once"
        case .signatureOutsidePeriod(let opens, let closes):
            "the signature is outside the treaty's signature period (\(opens?.description ?? "the beginning") to \(closes?.description ?? "no closing date"))"
        case .noSignature(let kind):
            "no signature is recorded; \(kind.withArticle) needs one on or before the deposit date"
        case .signatureAfterDeposit(let signature, let kind):
            "the signature (\(signature)) is after the deposit; \(kind.withArticle) needs a signature on or before it"
        case .alreadyBound(let kind, let date):
            "already bound by \(kind.withArticle) of \(date); a participant holds one instrument of consent at a time"
        case .secondInstrument(let kind, let date):
            "\(kind.withArticle) of \(date) is also given, after it; a participant holds one instrument of consent at a time"
        case .nothingToDenounce:
            "no instrument of consent is recorded before it; a denunciation needs one (ratification, acceptance, approval, accession or succession) dated before the denunciation"
        case .alreadyDenounced:
            "the instrument of consent was already denounced; a denunciation needs an instrument of consent in effect"
        }
    }

    /// How to put it right, for the action just given.
    public var fix: String? {
        switch self {
        case .dateAfterToday: "record an action once it has happened, or pass --as-of when replaying history"
        case .alreadySigned: "use 'ratify correct' to change a recorded date"
        case .signatureOutsidePeriod: "after it closes, a State joins by accession"
        case .noSignature: "record the signature first, or record an accession, which needs none"
        case .alreadyBound: "use 'ratify correct' to change the recorded one"
        case .secondInstrument: "correct or void one of the two; 'ratify history' lists their ids"
        case .signatureAfterDeposit:
            "correct one of the two dates ('ratify history' lists their ids), or record an accession, which needs none"
        case .nothingToDenounce, .alreadyDenounced: nil
        }
    }
}
