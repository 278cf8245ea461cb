import FuzzDriver
import RatifyCore
import RatifyFormats

/// Any bytes through the depositary-table reader (text, HTML and XML are
/// detected by content).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = UNTCTableReader.detect(text)
    _ = try? UNTCTableReader(source: "fuzz.txt").read(text)
    return 0
}

@_cdecl("FuzzUNTC_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOne)
}
