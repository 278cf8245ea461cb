import Foundation
import Testing

@testable import RatifyCore
@testable import RatifyStore

/// Claims on alerts live exactly as long as the run that holds them. Two
/// stores on one file stand for two runs: each claimant locks its own byte
/// through its own open file, which excludes the other as another process would.
@Suite struct AlertClaimTests {
    func event(_ key: String) -> (event: AlertEvent, payload: String) {
        let event = AlertEvent(kind: .milestone, treaty: "hanoi", key: key, date: d("2026-01-01"), message: "milestone \(key)")
        return (event, #"{"id": "\#(event.alertID)", "kind": "milestone"}"#)
    }

    func twoRuns() throws -> (first: Store, second: Store) {
        let db = TemporaryDatabase()
        return (try db.create(), try Store.open(at: db.path))
    }

    @Test func aLiveRunsClaimIsNeverTakenOverHoweverOld() throws {
        let (first, second) = try twoRuns()
        let live = try first.alertClaimant(label: "first")
        #expect(try first.raiseAndClaim([event("10"), event("20")], treaty: "hanoi", claimant: live).count == 2)
        // Claimed in 1970 as far as the clock goes: age does not matter, only the lock.
        try first.write { try $0.execute(sql: "UPDATE alert_delivery SET claimed_at = '1970-01-01T00:00:00Z'") }
        let other = try second.alertClaimant(label: "second")
        #expect(try second.raiseAndClaim([event("10"), event("20")], treaty: "hanoi", claimant: other).isEmpty)
    }

    @Test func aDeadRunsClaimIsTakenOverAtOnce() throws {
        let (first, second) = try twoRuns()
        let dying = try first.alertClaimant(label: "first")
        #expect(try first.raiseAndClaim([event("10")], treaty: "hanoi", claimant: dying).count == 1)
        dying.release()  // what the kernel does when the process dies
        let next = try second.alertClaimant(label: "second")
        let taken = try second.raiseAndClaim([event("10")], treaty: "hanoi", claimant: next)
        #expect(taken.map(\.alertID) == ["hanoi/milestone/10"])
        try second.finishDelivery(taken[0], channels: [], complete: true, claimant: next)
        #expect(try second.deliveredAlertIDs(treaty: "hanoi") == ["hanoi/milestone/10"])
    }

    @Test func finishingADeliveryChecksTheClaimIsStillThisRuns() throws {
        let (first, second) = try twoRuns()
        let claimant = try first.alertClaimant(label: "first")
        let claimed = try first.raiseAndClaim([event("10")], treaty: "hanoi", claimant: claimant)
        // Another run's token replaces ours (as if the lock file had been deleted under us).
        let other = try second.alertClaimant(label: "second")
        try second.write { try $0.execute(sql: "UPDATE alert_delivery SET claim_lock = ?", arguments: [other.token]) }
        #expect(throws: StoreError.claimLost(alert: "hanoi/milestone/10")) {
            try first.finishDelivery(claimed[0], channels: [], complete: true, claimant: claimant)
        }
        #expect(try first.deliveredAlertIDs(treaty: "hanoi").isEmpty)
    }

    @Test func anIncompleteDeliveryEndsTheClaimAndKeepsTheChannelsReached() throws {
        let (first, second) = try twoRuns()
        let claimant = try first.alertClaimant(label: "first")
        let claimed = try first.raiseAndClaim([event("10")], treaty: "hanoi", claimant: claimant)
        try first.finishDelivery(claimed[0], channels: ["exec:true"], complete: false, claimant: claimant)
        // The first run is still alive, yet its ended claim is free for the next run.
        let next = try second.raiseAndClaim([], treaty: "hanoi", claimant: try second.alertClaimant(label: "second"))
        #expect(next.map(\.deliveredChannels) == [["exec:true"]])
    }

    @Test func claimsEndWhenTheRunReleasesThem() throws {
        let (first, second) = try twoRuns()
        let claimant = try first.alertClaimant(label: "first")
        _ = try first.raiseAndClaim([event("10"), event("20")], treaty: "hanoi", claimant: claimant)
        try first.releaseClaims(of: claimant)
        #expect(try second.raiseAndClaim([], treaty: "hanoi", claimant: try second.alertClaimant(label: "second")).count == 2)
    }
}
