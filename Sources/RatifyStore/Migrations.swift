import GRDB

/// The database's migrations, append-only: a shipped migration is never
/// edited; a change is a new one registered after the others.
enum Migrations {
    /// The schema of record, embedded from the top-level schema.sql.
    static let schemaSQL = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: schemaSQL)
        }
        return migrator
    }()

    /// Identifiers of every migration this binary knows, in order.
    static var known: [String] { migrator.migrations }
}
