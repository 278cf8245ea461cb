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
}
