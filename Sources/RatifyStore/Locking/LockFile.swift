import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `DATABASE-lock`, beside the database: advisory byte-range locks that the
/// kernel drops when the process holding them dies, however it dies. Byte 0
/// serialises creating and migrating the database; each `ratify alert` run
/// locks one byte of its own (its token, recorded with its claims), so a
/// later run can tell a live run's claim from a dead one's. The file holds
/// no data; it must not be deleted while ratify runs.
///
/// Open-file-description locks (Linux's `F_OFD_*`): owned by this open file,
/// not by the process, so closing another descriptor of the file (SQLite
/// opens and closes its own) never drops them, and two `LockFile`s in one
/// process exclude each other as two processes do. Hand-written: neither
/// Foundation nor GRDB offers byte-range locks.
public final class LockFile: @unchecked Sendable {
    public let path: String
    private let descriptor: Int32

    /// The byte that `init` and migrations hold.
    static let openingByte: Int64 = 0

    #if os(Linux)
        private static let getLock: Int32 = 36  // F_OFD_GETLK
        private static let setLock: Int32 = 37  // F_OFD_SETLK
    #else
        private static let getLock = F_GETLK
        private static let setLock = F_SETLK
    #endif

    /// The lock file of the database at `database`, created when missing.
    public init(beside database: String) throws(StoreError) {
        path = database + "-lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .io(path: path, detail: "cannot open the lock file beside the database: \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Locks `byte` exclusively if no other holder has it; false if one has.
    public func tryLock(_ byte: Int64) throws(StoreError) -> Bool {
        var lock = Self.request(F_WRLCK, byte)
        while fcntl(descriptor, Self.setLock, &lock) != 0 {
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EACCES { return false }
            throw .io(path: path, detail: "cannot lock the lock file: \(String(cString: strerror(errno)))")
        }
        return true
    }

    /// Locks `byte`, waiting up to `timeout` seconds for its holder; `busy` after that.
    public func lock(_ byte: Int64, waiting timeout: TimeInterval, database: String) throws(StoreError) {
        let deadline = Date().addingTimeInterval(timeout)
        while try !tryLock(byte) {
            guard Date() < deadline else { throw .busy(path: database, seconds: timeout) }
            usleep(20_000)
        }
    }

    public func unlock(_ byte: Int64) {
        var lock = Self.request(F_UNLCK, byte)
        _ = fcntl(descriptor, Self.setLock, &lock)
    }

    /// Whether another holder (another process, or another `LockFile`) has `byte` locked.
    public func isLockedElsewhere(_ byte: Int64) -> Bool {
        var lock = Self.request(F_WRLCK, byte)
        while fcntl(descriptor, Self.getLock, &lock) != 0 {
            // Unknown: count it as held, so that a claim is never taken over on a doubt.
            if errno != EINTR { return true }
        }
        return lock.l_type != F_UNLCK
    }

    private static func request(_ type: Int32, _ byte: Int64) -> flock {
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(byte)
        lock.l_len = 1
        lock.l_pid = 0  // F_OFD_* require it
        return lock
    }
}
