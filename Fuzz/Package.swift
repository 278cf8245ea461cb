// swift-tools-version: 6.1
// libFuzzer targets for ratify's parsers, a package of its own so that the
// root package needs no unsafe flags. Run them with scripts/fuzz.
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ratify-fuzz",
    dependencies: [.package(name: "ratify", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzCSV", dependencies: ["FuzzDriver", .product(name: "RatifyFormats", package: "ratify")], swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzUNTC", dependencies: ["FuzzDriver", .product(name: "RatifyFormats", package: "ratify")], swiftSettings: fuzzer),
        .executableTarget(
            name: "FuzzTreaty", dependencies: ["FuzzDriver", .product(name: "RatifyCore", package: "ratify")], swiftSettings: fuzzer),
    ]
)
