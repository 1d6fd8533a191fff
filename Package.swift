// swift-tools-version:6.0
import PackageDescription

/// How the release binaries are linked: with the Swift runtime and FoundationEssentials inside them (static), so that
/// they start in half the time (no shared Swift libraries to load and bind) and run where only libncursesw6, zlib and
/// the C++ runtime are installed. The static FoundationEssentials needs its two helper libraries named; lld links it
/// without gold's warning about glibc's `mktemp`, which FoundationEssentials references but kansa never calls.
let staticRuntime = ["-static-stdlib", "-use-ld=lld", "-l_FoundationCollections", "-l_FoundationCShims"]
/// What the benchmark needs besides: it uses the whole of Foundation (through ZIPFoundation and its own code).
let foundationWithICU = ["-lCoreFoundation", "-lFoundationInternationalization", "-l_FoundationICU"]

let package = Package(
    name: "kansa",
    products: [
        .executable(name: "kansa", targets: ["kansa"]),
        .executable(name: "kansa-bench", targets: ["KansaBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "CXlsxwriter", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .systemLibrary(name: "SystemZlib", path: "Sources/SystemZlib"),
        .systemLibrary(name: "SystemMalloc", path: "Sources/SystemMalloc"),
        .target(name: "KansaCore"),
        .target(name: "KansaStore", dependencies: ["KansaCore"]),
        .target(name: "KansaReport", dependencies: ["KansaCore", "CXlsxwriter", "SystemZlib"]),
        .target(name: "KansaUI", dependencies: ["KansaCore", "KansaReport"]),
        .target(name: "KansaTerminal", dependencies: ["KansaUI", "CNcursesw"]),
        .target(name: "KansaFuzz", dependencies: ["KansaCore", "KansaStore", "KansaUI", "TestSupport"]),
        .executableTarget(
            name: "kansa",
            dependencies: [
                "KansaCore",
                "KansaStore",
                "KansaReport",
                "KansaUI",
                "KansaTerminal",
                "SystemMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--export-dynamic"]),
                .unsafeFlags(staticRuntime, .when(configuration: .release)),
            ]
        ),
        .executableTarget(
            name: "KansaBenchmark",
            dependencies: ["KansaCore", "KansaStore", "KansaReport", "KansaUI", "KansaTerminal", "KansaFuzz", "TestSupport", "CNcursesw"],
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--export-dynamic"]),
                .unsafeFlags(staticRuntime + foundationWithICU, .when(configuration: .release)),
            ]
        ),
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        .target(name: "TestSupport", dependencies: ["KansaCore", "ZIPFoundation"], path: "Tests/TestSupport"),
        .testTarget(name: "KansaCoreTests", dependencies: ["KansaCore"]),
        .testTarget(name: "KansaStoreTests", dependencies: ["KansaCore", "KansaStore", "TestSupport"]),
        .testTarget(name: "KansaUITests", dependencies: ["KansaCore", "KansaStore", "KansaReport", "KansaUI", "KansaFuzz", "GoldenFiles", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "KansaReportTests", dependencies: ["KansaCore", "KansaReport", "ZIPFoundation", "GoldenFiles", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CNcurseswTests", dependencies: ["CNcursesw"]),
        .testTarget(name: "KansaTerminalTests", dependencies: ["KansaTerminal", "KansaUI", "CNcursesw"]),
        .testTarget(name: "kansaTests", dependencies: ["kansa", "KansaCore", "KansaStore", "KansaReport", "KansaUI", "TestSupport"]),
    ]
)
