import Foundation
import Testing
import TestSupport

/// The cell under the matrix's cursor is drawn in the theme's cursor look — reverse video, or black on yellow in
/// high-contrast (reverse video there too when colours are off) — by the release binary in tmux, so that the
/// auditor sees which cell a verdict key will set.
struct CursorCellEndToEndTests {
    @Test(arguments: [
        ("default", false, "fg bg [7]"), ("mono", false, "fg bg [7]"), ("high-contrast", false, "fg30 bg43 [1]"),
        ("default", true, "fg bg [7]"), ("high-contrast", true, "fg bg [1, 7]"),
    ])
    func theCursorCellIsDrawnInTheCursorLook(theme: String, noColour: Bool, expected: String) throws {
        let folder = TemporaryFolder("cursor")
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let kansa = try ReleaseBinary.path()
        let tmux = TmuxSession(folder: folder.path)
        defer { tmux.end() }
        let colour = noColour ? "env NO_COLOR=1" : "env -u NO_COLOR"
        try tmux.start("exec \(colour) '\(kansa)' --theme \(theme) audit.json", columns: 100, rows: 20)
        try tmux.wait { $0.contains("heard 168/168") }
        let rows = ScreenLooks.rows(try tmux.tmux(["capture-pane", "-p", "-e", "-t", "kansa:main"]))
        // The cursor starts on the first item's first division: the first verdict on that item's row.
        let row = try #require(rows.first { $0.contains("情報資産等") })
        let verdict = try #require(row.range(of: "○"))
        let open = try #require(row[..<verdict.lowerBound].range(of: "⟨", options: .backwards))
        #expect(row[open.upperBound..<verdict.lowerBound] == expected + "⟩", "\(row)")
        try tmux.keys("q")
    }
}
