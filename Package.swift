// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kansa",
    products: [
        .executable(name: "kansa", targets: ["kansa"]),
        .executable(name: "kansa-bench", targets: ["KansaBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "KansaCore"),
        .target(name: "KansaStore", dependencies: ["KansaCore"]),
        .target(name: "KansaReport", dependencies: ["KansaCore"]),
        .executableTarget(
            name: "kansa",
            dependencies: [
                "KansaCore",
                "KansaStore",
                "KansaReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "KansaBenchmark",
            dependencies: ["KansaCore", "KansaStore", "KansaReport"]
        ),
        .testTarget(name: "KansaCoreTests", dependencies: ["KansaCore"]),
        .testTarget(name: "KansaStoreTests", dependencies: ["KansaCore", "KansaStore"]),
        .testTarget(name: "KansaReportTests", dependencies: ["KansaCore", "KansaReport"]),
        .testTarget(name: "CNcurseswTests", dependencies: ["CNcursesw"]),
        .testTarget(name: "kansaTests", dependencies: ["kansa", "KansaCore", "KansaStore", "KansaReport"]),
    ]
)
