/// The schema this binary writes, for `ratify --version`: the number of
/// migrations it knows (v1, v2-corrections, ...) and the latest one's name.
public enum SchemaVersion {
    public static var current: Int { Migrations.known.count }
    public static var latestMigration: String { Migrations.known.last ?? "" }
}
