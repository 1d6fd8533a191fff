import Foundation
import TestSupport

/// The release build of `kansa` (and of its benchmark), which is what people install: `.build/release/kansa` when it is newer than
/// every source, else built here into a folder of its own (`.build-release`, so that it never waits for the
/// lock of the `swift test` that runs this). `.ci/run` builds it before the tests.
enum ReleaseBinary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The path of an up-to-date release binary of `product` (`kansa`, or the benchmark `kansa-bench`).
    static func path(product: String = "kansa") throws -> String {
        if product == "kansa", let given = ProcessInfo.processInfo.environment["KANSA_RELEASE_BINARY"] { return given }
        let newest = newestSource()
        for candidate in [root + "/.build/release/" + product, root + "/.build-release/release/" + product] where modified(candidate) > newest {
            return candidate
        }
        let build = try ChildProcess.run(["/usr/bin/env", "swift", "build", "-c", "release", "--product", product, "--scratch-path", root + "/.build-release"],
                                         in: root)
        guard build.status == 0 else { throw Failure(description: "the release build failed: " + String(decoding: build.standardError.suffix(2000), as: UTF8.self)) }
        return root + "/.build-release/release/" + product
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    /// When a source of the program last changed.
    private static func newestSource() -> Date {
        var newest = modified(root + "/Package.swift")
        let files = FileManager.default.enumerator(atPath: root + "/Sources")
        while let file = files?.nextObject() as? String {
            newest = max(newest, modified(root + "/Sources/" + file))
        }
        return newest
    }
}
