import Foundation
import GRDB
import RatifyCore
import Testing

@testable import RatifyStore

/// What a report measures "what changed" from (issue 20, item 1): each
/// channel's own previous run, and voids as well as new rows.
@Suite struct ReportRunTests {
    let today = d("2026-11-23")

    func storeWithFrance() throws -> Store {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25"), pending("FRA", .ratification, "2026-02-10")], today: today)
        return store
    }

    func run(_ store: Store, _ channel: String) throws {
        let snapshot = try store.reportSnapshot(of: nil, channel: channel)
        try store.recordReportRun(
            treaty: "hanoi", channel: channel, asOf: today, lastActionID: snapshot.lastActionID, lastVoidingID: snapshot.lastVoidingID)
    }

    @Test func eachChannelMeasuresFromItsOwnPreviousRun() throws {
        let store = try storeWithFrance()
        try run(store, "text")
        #expect(try store.reportSnapshot(of: nil, channel: "text").recordedSince.isEmpty)
        // The page rebuilt every hour does not empty the morning mail.
        _ = try store.record([pending("DEU", .signature, "2025-10-25")], today: today)
        try run(store, "html")
        try run(store, "html")
        let mail = try store.reportSnapshot(of: nil, channel: "text")
        #expect(mail.recordedSince.map(\.action.participant) == ["DEU"])
        #expect(mail.previousRun?.channel == "text" && mail.previousRun?.asOf == today)
        #expect(try store.reportSnapshot(of: nil, channel: "html").recordedSince.isEmpty)
        // A channel that never ran has a first report.
        #expect(try store.reportSnapshot(of: nil, channel: "morning-mail").previousRun == nil)
    }

    @Test func aVoidIsAChangeAndThePreviousRecordIsKept() throws {
        let store = try storeWithFrance()
        try run(store, "text")
        let ratification = try #require(try store.actionsInEffect(treaty: "hanoi").first { $0.kind == .ratification })
        _ = try store.void(id: ratification.id!, reason: "entered against the wrong treaty", today: today)
        let snapshot = try store.reportSnapshot(of: nil, channel: "text")
        #expect(snapshot.recordedSince.isEmpty)
        #expect(
            snapshot.voidedSince.map(\.action.id) == [ratification.id]
                && snapshot.voidedSince.first?.reason == "entered against the wrong treaty")
        // The record as the previous run saw it still has the ratification.
        #expect(snapshot.actionsAtPreviousRun.map(\.kind) == [.signature, .ratification])
        #expect(snapshot.record.actions.map(\.kind) == [.signature])
        try run(store, "text")
        #expect(try store.reportSnapshot(of: nil, channel: "text").voidedSince.isEmpty)
    }

    @Test func aCorrectionSaysWhatItCorrectsAndTheOriginalWhatBecameOfIt() throws {
        let store = try TemporaryDatabase().create()
        _ = try store.record([pending("FRA", .signature, "2025-10-25")], today: today)
        let signature = try store.actionsInEffect(treaty: "hanoi")[0]
        let corrected = try store.correct(id: signature.id!, reason: "UNTC shows 26 Oct", today: today) { $0.date = d("2025-10-26") }
        let snapshot = try store.reportSnapshot(of: nil, channel: "text")
        #expect(snapshot.recordedSince.count == 2)
        #expect(snapshot.recordedSince[0].supersededBy == corrected.id && snapshot.recordedSince[0].corrects == nil)
        #expect(snapshot.recordedSince[1].corrects == signature.id && snapshot.recordedSince[1].reason == "UNTC shows 26 Oct")
    }

    /// A run from before channels (migration v3) has none: every channel
    /// measures from it until it has a run of its own.
    @Test func aRunFromBeforeChannelsIsEveryChannelsPreviousRun() throws {
        let store = try storeWithFrance()
        try store.write { db in
            try db.execute(
                sql:
                    "INSERT INTO report_run (treaty_id, as_of, last_action_id, last_voiding_id, run_at) VALUES ('hanoi', '2026-11-20', 2, 0, '2026-11-20T07:00:00Z')"
            )
        }
        _ = try store.record([pending("DEU", .signature, "2025-10-25")], today: today)
        for channel in ["text", "html", "json"] {
            let snapshot = try store.reportSnapshot(of: nil, channel: channel)
            #expect(snapshot.previousRun?.channel == nil && snapshot.previousRun?.asOf == d("2026-11-20"))
            #expect(snapshot.recordedSince.map(\.action.participant) == ["DEU"])
        }
        try run(store, "html")
        #expect(try store.reportSnapshot(of: nil, channel: "html").recordedSince.isEmpty)
        #expect(try store.reportSnapshot(of: nil, channel: "text").recordedSince.map(\.action.participant) == ["DEU"])
    }
}
