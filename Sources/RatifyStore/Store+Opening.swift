import Foundation
import GRDB
import RatifyCore

extension Store {

    /// Opens an existing database, refusing a newer one before touching it
    /// and applying this binary's pending migrations to an older one.
    /// `readOnly` stores (status, export, history...) read through the
    /// read-only connection that checked the version, and open no writer:
    /// a read never waits for a writer in WAL mode, and start-up is shorter.
    public static func open(
        at path: String, now: @escaping @Sendable () -> String = systemClock, directory: ParticipantDirectory = .builtIn,
        busyTimeout: TimeInterval = defaultBusyTimeout, readOnly: Bool = false
    ) throws(StoreError) -> Store {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .noDatabase(path: path) }
        if isDirectory.boolValue { throw .isADirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .io(path: path, detail: "the file is not readable (check its permissions)")
        }
        let (state, queue) = try probe(path, busyTimeout: busyTimeout, mayReadInPlace: readOnly)
        return try open(path, probed: state, queue: queue, now: now, directory: directory, busyTimeout: busyTimeout, readOnly: readOnly)
    }

    /// Opens a database that `probe` has read, keeping its read-only
    /// connection for a read-only store and closing it otherwise.
    private static func open(
        _ path: String, probed state: ProbeResult, queue: DatabaseQueue, now: @escaping @Sendable () -> String,
        directory: ParticipantDirectory, busyTimeout: TimeInterval, readOnly: Bool, holdingOpeningLock: Bool = false
    ) throws(StoreError) -> Store {
        guard state != .empty else {
            try? queue.close()
            throw .noDatabase(path: path)
        }
        if readOnly && state == .current {
            return Store(path: path, writer: nil, reader: queue, now: now, directory: directory, busyTimeout: busyTimeout)
        }
        try? queue.close()
        guard state == .older else { return try openPool(path, now: now, directory: directory, busyTimeout: busyTimeout) }
        // One process migrates at a time; the others find it done.
        return try whileOpening(path, busyTimeout: busyTimeout, holding: holdingOpeningLock) { () throws(StoreError) in
            let store = try openPool(path, now: now, directory: directory, busyTimeout: busyTimeout)
            try store.migrate()
            return store
        }
    }

    /// Runs `body` holding the opening byte of the lock file beside the
    /// database (waiting up to `busyTimeout` for another process), so that
    /// one process at a time creates or migrates it and the others find it
    /// done. Where no lock file can be made (a folder the user may not
    /// write), `body` runs without it: it can then create or migrate nothing.
    static func whileOpening<T>(
        _ path: String, busyTimeout: TimeInterval, holding alreadyHeld: Bool = false, _ body: () throws(StoreError) -> T
    ) throws(StoreError) -> T {
        guard !alreadyHeld, let lock = try? LockFile(beside: path) else { return try body() }
        try lock.lock(LockFile.openingByte, waiting: busyTimeout, database: path)
        defer { lock.unlock(LockFile.openingByte) }
        return try body()
    }

    /// Creates the database, its folder, the reference data and the
    /// built-in treaties. On an existing ratify database it changes nothing.
    /// Returns whether anything was created.
    public static func initialize(
        at path: String, now: @escaping @Sendable () -> String = systemClock, directory: ParticipantDirectory = .builtIn,
        busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws(StoreError) -> (store: Store, created: Bool) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotCreate(path: path, detail: "it is a folder: pass --db with a file in it, e.g. \(path)/ratify.sqlite")
        }
        let folder = ParentFolder.of(path)
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw .cannotCreate(path: path, detail: "cannot create the folder \(folder): \(error.localizedDescription)")
            }
        }
        // Concurrent inits: one creates, the others wait for it and find the database made.
        return try whileOpening(path, busyTimeout: busyTimeout) { () throws(StoreError) in
            if FileManager.default.fileExists(atPath: path) {
                let (state, queue) = try probe(path, busyTimeout: busyTimeout)
                if state != .empty {
                    let store = try open(
                        path, probed: state, queue: queue, now: now, directory: directory, busyTimeout: busyTimeout, readOnly: false,
                        holdingOpeningLock: true)
                    return (store, false)
                }
                try? queue.close()
            }
            return (try create(path, now: now, directory: directory, busyTimeout: busyTimeout), true)
        }
    }

    /// A new database at `path`: the schema, the reference data, the built-in treaties.
    private static func create(
        _ path: String, now: @escaping @Sendable () -> String, directory: ParticipantDirectory, busyTimeout: TimeInterval
    ) throws(StoreError) -> Store {
        let store: Store
        do { store = try openPool(path, now: now, directory: directory, busyTimeout: busyTimeout) } catch {
            if case .io(_, let detail) = error { throw .cannotCreate(path: path, detail: detail) }
            throw error
        }
        do {
            try store.migrate()
            try store.write { db in
                try store.syncReferenceData(db)
                for builtIn in BuiltInTreaties.all {
                    _ = try store.addTreaty(builtIn.definition, json: builtIn.json, makeDefault: false, source: "built-in", in: db)
                }
                try SettingRow(key: SettingRow.defaultTreaty, value: "hanoi").save(db)
            }
        } catch let error as StoreError {
            if case .io(_, let detail) = error { throw .cannotCreate(path: path, detail: detail) }
            throw error
        } catch {
            throw .cannotCreate(path: path, detail: String(describing: error))
        }
        return store
    }

    enum ProbeResult { case empty, current, older }

    /// Reads the file read-only: is it SQLite, is it ratify's, is it newer?
    /// Nothing is written, so a refused database stays byte for byte as it
    /// was. Returns the read-only connection for a read-only store to keep.
    ///
    /// SQLite cannot open a WAL database read-only when its `-shm` file is
    /// missing and cannot be created (an archived copy, a folder the user
    /// may not write). With `mayReadInPlace` (a command that only reads),
    /// and no `-wal` file holding changes the main file lacks, it is then
    /// opened as immutable: the file is read as it stands, without locks.
    static func probe(
        _ path: String, busyTimeout: TimeInterval, mayReadInPlace: Bool = false
    ) throws(StoreError) -> (ProbeResult, DatabaseQueue) {
        do {
            return try probe(opening: path, path: path, busyTimeout: busyTimeout)
        } catch .io(_, let detail) where mayReadInPlace && !FileManager.default.fileExists(atPath: path + "-wal") {
            var components = URLComponents()
            components.scheme = "file"
            components.path = URL(fileURLWithPath: path).standardizedFileURL.path
            components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
            guard let uri = components.string else { throw .io(path: path, detail: detail) }
            return try probe(opening: uri, path: path, busyTimeout: busyTimeout)
        }
    }

    private static func probe(opening location: String, path: String, busyTimeout: TimeInterval) throws(StoreError) -> (
        ProbeResult, DatabaseQueue
    ) {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: location, configuration: config)
            let result = try queue.read { db -> ProbeResult in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return .empty }
                guard tables.contains("grdb_migrations") else {
                    throw StoreError.notADatabase(path: path, detail: "a SQLite database of another program")
                }
                let applied = try Migrations.migrator.appliedIdentifiers(db)
                let unknown = applied.subtracting(Migrations.known)
                if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknownMigrations: unknown.sorted()) }
                return applied.count == Migrations.known.count ? .current : .older
            }
            return (result, queue)
        } catch {
            throw storeError(from: error, path: path, busyTimeout: busyTimeout)
        }
    }

    private static func openPool(
        _ path: String, now: @escaping @Sendable () -> String, directory: ParticipantDirectory, busyTimeout: TimeInterval
    ) throws(StoreError) -> Store {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "ratify"
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            return Store(path: path, writer: pool, reader: pool, now: now, directory: directory, busyTimeout: busyTimeout)
        } catch {
            throw storeError(from: error, path: path, busyTimeout: busyTimeout)
        }
    }

    private func migrate() throws(StoreError) {
        do {
            try Migrations.migrator.migrate(writer)
            try write { db in try self.syncReferenceData(db) }
        } catch {
            throw Store.storeError(from: error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Inserts participants the database lacks and renames changed ones.
    /// Runs at init and after migrations, when the reference data may be newer.
    func syncReferenceData(_ db: Database) throws {
        let stored = try SettingRow.fetchOne(db, key: SettingRow.referenceDataVersion)?.value
        guard stored != ReferenceData.version else { return }
        for participant in directory.participants {
            try ParticipantRow(code: participant.code, name: participant.name, regionalGroup: participant.group.rawValue).upsert(db)
        }
        try SettingRow(key: SettingRow.referenceDataVersion, value: ReferenceData.version).save(db)
    }
}
