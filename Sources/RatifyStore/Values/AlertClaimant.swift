import Foundation

/// One `ratify alert` run's hold on the alerts it claims: a byte of the lock
/// file beside the database (its `token`), locked for as long as the run
/// lives. A claim records the token; a later run takes the claim over only
/// when no one holds that byte, which the kernel guarantees once the
/// claiming process is dead, and never while it lives.
public final class AlertClaimant: Sendable {
    let lockFile: LockFile
    /// The locked byte, recorded in `alert_delivery.claim_lock`.
    public let token: Int64
    /// Who holds it, for people: `PID@HOST`.
    public let label: String

    init(lockFile: LockFile, token: Int64, label: String) {
        self.lockFile = lockFile
        self.token = token
        self.label = label
    }

    /// Whether the run that recorded `token` still holds it.
    func holdsClaim(_ token: Int64) -> Bool {
        token == self.token || lockFile.isLockedElsewhere(token)
    }

    /// Gives the byte up: the run's pending claims are then free for the next run.
    public func release() { lockFile.unlock(token) }
}
