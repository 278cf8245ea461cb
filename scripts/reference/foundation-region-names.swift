// Prints Foundation's name for each region code given, in the language given:
//   swift scripts/reference/foundation-region-names.swift vi AW AF ...
// one "CODE<TAB>name" line per code Foundation names (codes it does not know are left out).
// scripts/generate-reference-data --dump-foundation runs it and commits the output, with the
// toolchain's version, as scripts/reference/foundation-region-names.<language>.tsv.
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let language = arguments.first else {
    FileHandle.standardError.write(Data("usage: foundation-region-names.swift LANGUAGE CODE...\n".utf8))
    exit(64)
}
let locale = Locale(identifier: language)
for code in arguments.dropFirst() {
    // Foundation answers a code it does not know with the code itself.
    if let name = locale.localizedString(forRegionCode: code), name != code {
        print(code, name, separator: "\t")
    }
}
