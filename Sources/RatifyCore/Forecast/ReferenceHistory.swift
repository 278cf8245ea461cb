/// One real treaty's record, as the depositary's status table gives it: when
/// its clock started and the dates of its signatures and instruments of
/// consent. Dates are day numbers (`CivilDate.dayNumber`), sorted, so that
/// the generated table stays small and a count on a day is a binary search.
public struct ReferenceHistory: Sendable, Equatable {
    /// The table's MTDSG number, e.g. "18-12" (chapter XVIII, treaty 12).
    public let id: String
    public let title: String
    /// The first signature; for a table without signatures (amendments), the adoption date.
    public let openedDay: Int32
    public let signatureDays: [Int32]
    public let instrumentDays: [Int32]

    public init(id: String, title: String, opened: Int32, signatures: [Int32], instruments: [Int32]) {
        self.id = id
        self.title = title
        openedDay = opened
        signatureDays = signatures.sorted()
        instrumentDays = instruments.sorted()
    }

    /// The generated form: each list is its first day number, then the gaps
    /// between consecutive days, separated by spaces.
    init(id: String, title: String, opened: Int32, signatures: String, instruments: String) {
        self.init(
            id: id, title: title, opened: opened,
            signatures: Self.decode(signatures), instruments: Self.decode(instruments))
    }

    /// Reads "11303 0 2 15" as [11303, 11303, 11305, 11320]. Hand-written: the
    /// core does without Foundation's scanners, and the input is the generator's own.
    static func decode(_ text: String) -> [Int32] {
        var days: [Int32] = []
        var value: Int32 = 0
        var sign: Int32 = 1
        var inNumber = false
        var previous: Int32 = 0
        func finish() {
            guard inNumber else { return }
            previous = days.isEmpty ? sign * value : previous + sign * value
            days.append(previous)
            value = 0
            sign = 1
            inNumber = false
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): sign = -1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Int32(byte - UInt8(ascii: "0"))
                inNumber = true
            default: finish()
            }
        }
        finish()
        return days
    }

    public var opened: CivilDate { CivilDate(dayNumber: Int(openedDay)) ?? .earliest }

    /// Instruments deposited on or before `day`.
    public func instruments(onOrBefore day: Int) -> Int { Self.count(instrumentDays, onOrBefore: day) }

    /// Signatures on or before `day`.
    public func signatures(onOrBefore day: Int) -> Int { Self.count(signatureDays, onOrBefore: day) }

    /// The day the `n`th instrument was deposited (1-based), if it was.
    public func dayOfInstrument(_ n: Int) -> Int? {
        n >= 1 && n <= instrumentDays.count ? Int(instrumentDays[n - 1]) : nil
    }

    static func count(_ days: [Int32], onOrBefore day: Int) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let mid = (low + high) / 2
            if Int(days[mid]) <= day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
