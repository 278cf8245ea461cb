import RatifyCore

extension CSVActionReader {
    /// The rows emitted and the problems found reading `bytes` in chunks of
    /// `chunkSize`: for the tests and the fuzz target, which check that the
    /// same bytes read the same in chunks of any size (an import streams).
    public func outcome(of bytes: [UInt8], chunkSize: Int) -> (rows: [PendingAction], problems: [String]) {
        var offset = 0
        var rows: [PendingAction] = []
        do {
            try read(
                chunks: {
                    guard offset < bytes.count else { return nil }
                    defer { offset += chunkSize }
                    return Array(bytes[offset..<min(offset + chunkSize, bytes.count)])
                }, each: { rows.append($0) })
            return (rows, [])
        } catch let failure as ImportFailure {
            return (rows, failure.problems.map(\.description))
        } catch {
            return (rows, ["\(error)"])
        }
    }
}
