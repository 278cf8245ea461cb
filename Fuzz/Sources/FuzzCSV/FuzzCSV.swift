import FuzzDriver
import RatifyCore
import RatifyFormats

/// Any bytes through the CSV import path: decoding, then reading. A parser
/// may refuse input; it must never crash. The bytes are also read as an
/// import reads a file, in chunks (of a size taken from the first byte),
/// and that must give the same rows and problems as one chunk.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = CSVActionReader(source: "fuzz.csv", defaultTreaty: "hanoi", knownTreaties: ["hanoi", "bbnj"])
    if let text = try? TextDecoding.utf8(bytes, source: "fuzz.csv") {
        _ = try? reader.read(text)
    }
    func outcome(chunkSize: Int) -> ([PendingAction], [String]) {
        var offset = 0
        var rows: [PendingAction] = []
        do {
            try reader.read(
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
    let whole = outcome(chunkSize: max(1, bytes.count))
    let chunked = outcome(chunkSize: Int(bytes.first ?? 0) % 13 + 1)
    precondition(whole.0 == chunked.0 && whole.1 == chunked.1, "chunks changed the outcome: \(whole) vs \(chunked)")
    return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOne)
}
