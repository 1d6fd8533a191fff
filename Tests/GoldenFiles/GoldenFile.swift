import Foundation

/// Golden files of a test target: text compared with a file kept in the repository. They are re-recorded
/// only on purpose: `KANSA_RECORD_GOLDEN=1 swift test`.
public struct GoldenFile: Sendable {
    public let folder: URL

    /// The `Golden` folder beside the test file `filePath`.
    public init(besideTest filePath: String) {
        folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Nil when `text` is what `name` holds (or was just recorded); else where and how they differ.
    public func mismatch(_ text: String, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KANSA_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(name); record it with KANSA_RECORD_GOLDEN=1"
        }
        guard expected != text else { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let t = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(e.count, t.count)).first { e[$0] != t[$0] } ?? min(e.count, t.count)
        return """
            \(name) differs at line \(line + 1):
            expected: \(line < e.count ? String(e[line]) : "(end)")
            actual:   \(line < t.count ? String(t[line]) : "(end)")
            """
    }
}
