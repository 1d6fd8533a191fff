import Foundation
import Testing
import TestSupport
@testable import kansa

struct AmbiguousWidthProbeTests {
    let folder = TemporaryFolder("probe")

    @Test func readsTheColumnOfACursorPositionReport() {
        #expect(AmbiguousWidthProbe.column(inReport: Array("\u{1B}[12;3R".utf8)) == 3)
        #expect(AmbiguousWidthProbe.column(inReport: Array("\u{1B}[1;2R".utf8)) == 2)
        #expect(AmbiguousWidthProbe.column(inReport: Array("\u{1B}[1R".utf8)) == nil)
        #expect(AmbiguousWidthProbe.column(inReport: Array("garbage".utf8)) == nil)
    }

    /// tmux draws ambiguous characters one column wide and answers the report: auto gives narrow, aligned.
    @Test func autoAsksTheTerminal() throws {
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let tmux = TmuxSession(folder: folder.path)
        try tmux.start("exec '\(KansaProcess.binary)' audit.json --ambiguous auto")
        let screen = try tmux.wait { $0.contains("heard 168/168") }
        let row = screen.split(separator: "\n").first { $0.hasPrefix("1 情報資産等") } ?? ""
        let header = screen.split(separator: "\n").first { $0.hasPrefix("Audit item") } ?? ""
        #expect(header.contains("医療対策"))
        #expect(row.hasSuffix("○"))
        #expect(CharacterWidthProbe.columns(of: String(row)) == CharacterWidthProbe.columns(of: String(header)) - 4, "○ centred under 医療対策 (8 columns): 3 before, 4 after")
        try tmux.keys("q")
    }
}

/// Display columns as tmux counts them (ambiguous characters narrow).
enum CharacterWidthProbe {
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return total + (wide ? 2 : 1)
        }
    }
}
