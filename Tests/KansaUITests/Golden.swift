import Foundation
import Testing

/// Compares text with a golden file in `Golden/`. The files are re-recorded only on purpose:
/// `KANSA_RECORD_GOLDEN=1 swift test`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["KANSA_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; record it with KANSA_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let t = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(e.count, t.count)).first { e[$0] != t[$0] } ?? min(e.count, t.count)
            Issue.record("""
                \(name).txt differs at line \(line + 1):
                expected: \(line < e.count ? String(e[line]) : "(end)")
                actual:   \(line < t.count ? String(t[line]) : "(end)")
                """, sourceLocation: sourceLocation)
        }
    }
}
