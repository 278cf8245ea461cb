import Foundation
import FuzzDriver
import RatifyCore

/// Any bytes as a treaty definition; a definition that parses must also
/// encode and parse back to itself, and the engine must run on it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard let definition = try? TreatyDefinition.parse(bytes) else { return 0 }
    let encoded = try! JSONEncoder().encode(definition)
    precondition((try? TreatyDefinition.parse(encoded)) == definition, "the canonical form does not read back")
    let actions = [ActionRecord(participant: "FRA", kind: .accession, date: CivilDate(year: 2020, month: 1, day: 31)!)]
    _ = Engine.status(of: definition, actions: actions, asOf: CivilDate(year: 2030, month: 1, day: 1)!)
    return 0
}

@_cdecl("FuzzTreaty_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzOne)
}
