import Foundation
import Testing
import TestSupport

/// The matrix scrolled a row at a time (kansa scrolls the terminal's lines and draws only what changed) shows,
/// colours and all, what the same place shows when jumped to and drawn whole — the release binary through tmux,
/// under three `TERM`s.
struct ScrollEndToEndTests {
    @Test(arguments: ["xterm-256color", "screen-256color", "linux"])
    func scrollingARowAtATimeShowsWhatAJumpShows(term: String) throws {
        let folder = TemporaryFolder("scroll")
        for copy in ["scrolled", "jumped"] {
            try FileManager.default.createDirectory(atPath: folder.file(copy), withIntermediateDirectories: true)
            _ = try KansaProcess.run(["sample", "."], in: folder.file(copy))
        }
        let kansa = try ReleaseBinary.path()
        let tmux = TmuxSession(folder: folder.path)
        defer { tmux.end() }
        // 14 rows: seven rows of matrix over the detail pane, so that a scroll moves a band, not the whole screen.
        try tmux.start("cd scrolled && exec env TERM=\(term) '\(kansa)' audit.json", window: "scrolled", columns: 100, rows: 14)
        try tmux.start("cd jumped && exec env TERM=\(term) '\(kansa)' audit.json", window: "jumped")
        for window in ["scrolled", "jumped"] {
            try tmux.wait(window: window) { $0.contains("heard 168/168") }
        }

        /// Presses `key` in the scrolled window one press at a time, each after the last one's frame, until a press
        /// changes nothing; how many did.
        func pressUntilStill(_ key: String) throws -> Int {
            var screen = try colours("scrolled")
            for presses in 0..<100 {
                try tmux.keys(key, window: "scrolled")
                let deadline = Date().addingTimeInterval(1)
                var now = try colours("scrolled")
                while now == screen, Date() < deadline {
                    usleep(20_000)
                    now = try colours("scrolled")
                }
                if now == screen { return presses }
                screen = now
            }
            return 100
        }
        func colours(_ window: String) throws -> [String] {
            ScreenLooks.rows(try tmux.tmux(["capture-pane", "-p", "-e", "-t", "kansa:\(window)"]))
        }

        let down = try pressUntilStill("j")
        try tmux.keys("G", window: "jumped")
        try tmux.wait(window: "jumped") { $0.contains("IV 6 原則") }
        #expect(down > 20)
        #expect(try colours("scrolled") == colours("jumped"))

        let up = try pressUntilStill("k")
        try tmux.keys("g", window: "jumped")
        try tmux.wait(window: "jumped") { $0.contains("I 1 情報資産等") }
        #expect(up > 20)
        #expect(try colours("scrolled") == colours("jumped"))

        for window in ["scrolled", "jumped"] { try tmux.keys("q", window: window) }
    }
}
