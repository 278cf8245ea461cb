/// Something worth telling, identified by (treaty, kind, key) so that it is
/// told once however many runs see it.
public struct AlertEvent: Equatable, Sendable {
    public var kind: AlertKind
    public var treaty: String
    /// What makes this event unique within its kind (a date, a count, an action id).
    public var key: String
    /// The date the event is about.
    public var date: CivilDate
    public var message: String

    /// The event's stable identity, `TREATY/KIND/KEY`: the same in every run
    /// and every copy of the database, so that a receiver can drop a repeat.
    public var alertID: String { "\(treaty)/\(kind.rawValue)/\(key)" }
}
