import GRDB
import GRDBSQLite
import RatifyCore

/// An action's identity (participant, action, date) packed into 64 bits:
/// a treaty's set of these is built for every treaty an import touches,
/// and hashes and compares far faster than `ActionKey`'s strings.
struct PackedActionKey: Hashable {
    let bits: UInt64

    init(_ action: ActionRecord) throws {
        // The schema allows three capital letters and nothing else.
        var code: UInt64 = 0
        var count = 0
        for byte in action.participant.utf8 {
            code = code << 8 | UInt64(byte)
            count += 1
        }
        guard count == 3 else { throw StoreError.notAParticipantCode(action.participant) }
        bits = code << 40 | UInt64(action.kind.rank) << 32 | UInt64(UInt32(bitPattern: Int32(action.date.dayNumber)))
    }

    var action: ActionRecord {
        let code = String(unsafeUninitializedCapacity: 3) { bytes in
            for i in 0..<3 { bytes[i] = UInt8(truncatingIfNeeded: bits >> (56 - 8 * i)) }
            return 3
        }
        return ActionRecord(
            participant: code, kind: ActionKind.byRank[Int(bits >> 32 & 0xFF)],
            date: CivilDate(dayNumber: Int(Int32(bitPattern: UInt32(truncatingIfNeeded: bits))))!)
    }
}
