// swift-tools-version: 6.1
// The tools version is 6.1 because ordo-one/benchmark (scripts/bench) needs it and
// `.embedInCode` resources need 5.9 or later.
import PackageDescription

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

        // Starts an alert's delivery command under a supervisor that kills
        // its whole process group when ratify dies (C: it runs between fork and exec).
        .target(name: "CSupervisedSpawn"),

        // The thin command-line layer: one subcommand per file.
        .executableTarget(
            name: "ratify",
            dependencies: [
                "RatifyCore", "RatifyStore", "RatifyFormats", "RatifyReports", "CSupervisedSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

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
