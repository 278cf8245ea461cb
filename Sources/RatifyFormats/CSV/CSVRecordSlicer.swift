/// Cuts a CSV file, read in chunks, into slices of whole records, so that
/// an import never holds the file whole and CSV.swift, which cannot resume
/// a record across two inputs, parses one slice at a time. A cut falls
/// after a line break outside quotes (quotes are tracked byte by byte:
/// `"` and line breaks are ASCII, which no byte of a multi-byte UTF-8
/// character equals). Before the first record, a byte order mark and
/// lines that are blank or start with `#` are dropped. Hand-written:
/// CSV.swift can read a stream, but then no row's line could be told, and
/// an unclosed quote would silently swallow the rest of the file.
struct CSVRecordSlicer {
    /// Bytes read and not yet handed on.
    private var pending: [UInt8] = []
    /// How far `pending` has been scanned, and the line reached there.
    private var scanned = 0
    private var scannedLine = 1
    /// The end of the last whole record in `pending`, and the line after it.
    private var cut = 0
    private var lineAfterCut = 1
    /// The line `pending` starts on.
    private var firstLine = 1
    private var inQuotes = false
    private var quoteOpenedOn = 1
    private var inPreamble = true
    private var atEnd = false

    /// The line of a quote still open at the end of the file, which
    /// leaves the rest of the file unread.
    private(set) var unclosedQuoteLine: Int?
    /// A slice is cut once this many bytes wait (or at the end).
    let sliceSize: Int
    /// The longest record read (`InputLimits.recordBytes`): past it, `RecordTooLong`.
    let recordLimit: Int

    /// A record (or a comment line before the header) longer than `recordLimit`.
    struct RecordTooLong: Error {
        /// The line it starts on, and the line of a quote still open in it.
        var line: Int, openQuoteLine: Int?
    }

    init(sliceSize: Int = 1 << 16, recordLimit: Int = InputLimits.recordBytes) {
        self.sliceSize = sliceSize
        self.recordLimit = recordLimit
    }

    /// The next slice of whole records and the line it starts on; nil at
    /// the end of the file. `read` gives the next chunk, nil at the end.
    mutating func next(reading read: () throws -> [UInt8]?) throws -> (bytes: [UInt8], firstLine: Int)? {
        while true {
            if inPreamble { try skipPreamble(reading: read) }
            try scan()
            if cut > 0 && (atEnd || pending.count >= sliceSize) {
                let slice = Array(pending[..<cut])
                let line = firstLine
                pending.removeFirst(cut)
                scanned -= cut
                (firstLine, cut) = (lineAfterCut, 0)
                return (slice, line)
            }
            if atEnd {
                guard !pending.isEmpty else { return nil }
                if inQuotes {
                    unclosedQuoteLine = quoteOpenedOn
                    pending = []
                    return nil
                }
                // A last record without a line break.
                defer { pending = [] }
                return (pending, firstLine)
            }
            if pending.count - cut > recordLimit {
                throw RecordTooLong(line: cut > 0 ? lineAfterCut : firstLine, openQuoteLine: inQuotes ? quoteOpenedOn : nil)
            }
            if let chunk = try read() { pending += chunk } else { atEnd = true }
        }
    }

    /// Finds the record ends in what was read since the last scan; a
    /// record that ends past `recordLimit` bytes is refused here (one that
    /// has not ended yet, in `next`).
    private mutating func scan() throws {
        var index = scanned
        while index < pending.count {
            switch pending[index] {
            case UInt8(ascii: "\""):
                inQuotes.toggle()
                if inQuotes { quoteOpenedOn = scannedLine }
            case UInt8(ascii: "\n"):
                scannedLine += 1
                if !inQuotes {
                    if index + 1 - cut > recordLimit { throw RecordTooLong(line: cut > 0 ? lineAfterCut : firstLine, openQuoteLine: nil) }
                    (cut, lineAfterCut) = (index + 1, scannedLine)
                }
            default: break
            }
            index += 1
        }
        scanned = index
    }

    /// Drops a byte order mark, then blank and `#` lines, until a line
    /// that is neither: the header.
    private mutating func skipPreamble(reading read: () throws -> [UInt8]?) throws {
        var start = 0
        defer {
            pending.removeFirst(start)
            (scanned, scannedLine, lineAfterCut) = (0, firstLine, firstLine)
        }
        while true {
            if firstLine == 1 && start == 0 && pending.count < 3 && !atEnd {
                // Too short yet to tell a byte order mark.
            } else if firstLine == 1 && start == 0 && pending.starts(with: [0xEF, 0xBB, 0xBF]) {
                start = 3
                continue
            } else if start < pending.count {
                let first = pending[start]
                guard first == UInt8(ascii: "#") || first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") else {
                    inPreamble = false
                    return
                }
                if let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                    start = end + 1
                    firstLine += 1
                    continue
                }
                if atEnd {
                    start = pending.count
                    return
                }
                if pending.count - start > recordLimit { throw RecordTooLong(line: firstLine, openQuoteLine: nil) }
            } else if atEnd {
                return
            }
            if let chunk = try read() { pending += chunk } else { atEnd = true }
        }
    }
}
