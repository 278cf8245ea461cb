/// An action's identity for "is it already recorded?": participant, action and date.
public struct ActionKey: Hashable, Sendable {
    public var participant: String
    public var kind: ActionKind
    public var date: CivilDate
}
