import Foundation
// swift-tools-version: 6.1
// The tools version is 6.1 because ordo-one/benchmark (scripts/bench) needs it and
// `.embedInCode` resources need 5.9 or later.
import PackageDescription

// The git commit `ratify --version` names, given by scripts/package and
// scripts/setup as RATIFY_COMMIT (hex digits, "-modified" when the tree had
// changes); without it (a plain `swift build`, a tree without git) the
// binary names none. Only the small C target below sees it, so a new commit
// recompiles one C file and relinks. The commit is a function of the
// source, unlike a build time or host name, so it costs reproducibility nothing.
let commit = ProcessInfo.processInfo.environment["RATIFY_COMMIT"].flatMap { value in
    value.range(of: "^[0-9a-f]{7,40}(-modified)?$", options: .regularExpression) == nil ? nil : value
}

let package = Package(
    name: "ratify",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ratify", targets: ["ratify"]),
        .library(name: "RatifyCore", targets: ["RatifyCore"]),
        // For the fuzz targets in Fuzz/ (a package of its own).
        .library(name: "RatifyFormats", targets: ["RatifyFormats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    ],
    targets: [
        // Pure: civil dates, participants, treaty rules, validation, the engine.
        // No I/O, no clock, no database. Depends on nothing.
        .target(name: "RatifyCore"),

        // The SQLite store (GRDB over the system libsqlite3). schema.sql is a
        // relative symlink to the top-level schema of record, embedded in the binary.
        .target(
            name: "RatifyStore",
            dependencies: [
                "RatifyCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.embedInCode("schema.sql")]
        ),

        // File formats, read and written: CSV in and out, JSON in and out
        // (and the one JSON style every command prints), the depositary's
        // status tables. Pure functions of bytes and core values.
        .target(
            name: "RatifyFormats",
            dependencies: ["RatifyCore", .product(name: "CSV", package: "CSV.swift")]
        ),

        // Reports: the status text, the daily report (text, markdown, JSON,
        // HTML). Pure functions of core values; JSON through RatifyFormats.
        .target(
            name: "RatifyReports",
            dependencies: [
                "RatifyCore", "RatifyFormats",
                // The HTML report (ratify report --format html) is built with Plot's DSL.
                .product(name: "Plot", package: "Plot"),
            ]
        ),

        // Where the build came from: the commit, when scripts/package or
        // scripts/setup passed it (see `commit` above).
        .target(
            name: "RatifyBuildInfo",
            cSettings: commit.map { [.define("RATIFY_COMMIT", to: "\"\($0)\"")] } ?? []
        ),

        // Starts an alert's delivery command under a supervisor that kills
        // its whole process group when ratify dies (C: it runs between fork and exec).
        .target(name: "CSupervisedSpawn"),

        // The thin command-line layer: one subcommand per file. VERSION is a
        // relative symlink to the top-level VERSION, the one place the
        // version is written, embedded in the binary.
        .executableTarget(
            name: "ratify",
            dependencies: [
                "RatifyCore", "RatifyStore", "RatifyFormats", "RatifyReports", "RatifyBuildInfo", "CSupervisedSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.embedInCode("VERSION")]
        ),

        // scripts/backtest: the forecast's leave-one-out backtest over the
        // reference histories. Depends on the core alone.
        .executableTarget(name: "ratify-backtest", dependencies: ["RatifyCore"], path: "Sources/RatifyBacktest"),

        .testTarget(
            name: "RatifyCoreTests",
            dependencies: ["RatifyCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "RatifyStoreTests", dependencies: ["RatifyStore", "RatifyCore"]),
        .testTarget(name: "RatifyFormatsTests", dependencies: ["RatifyFormats", "RatifyCore"]),
        .testTarget(name: "RatifyReportsTests", dependencies: ["RatifyReports", "RatifyFormats", "RatifyCore"]),
        // Runs the built `ratify` binary; depending on the executable makes
        // `swift test` build it first.
        .testTarget(name: "EndToEndTests", dependencies: ["ratify", "RatifyCore"], exclude: ["Golden"]),
    ]
)
