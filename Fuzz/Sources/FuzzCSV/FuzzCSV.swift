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
    let whole = reader.outcome(of: bytes, chunkSize: max(1, bytes.count))
    let chunked = reader.outcome(of: bytes, chunkSize: Int(bytes.first ?? 0) % 13 + 1)
    precondition(whole.rows == chunked.rows && whole.problems == chunked.problems, "chunks changed the outcome: \(whole) vs \(chunked)")
    return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOne)
}
