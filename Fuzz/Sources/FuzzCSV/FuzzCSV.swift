import FuzzDriver
import RatifyCore
import RatifyReports

/// Any bytes through the CSV import path: decoding, then reading. A parser
/// may refuse input; it must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = try? TextDecoding.utf8(bytes, source: "fuzz.csv") else { return 0 }
    _ = try? CSVActionReader(source: "fuzz.csv", defaultTreaty: "hanoi", knownTreaties: ["hanoi", "bbnj"]).read(text)
    return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOne)
}
