import Foundation
import Testing
import TestSupport

/// Through tmux with `TERM=xterm-256color`, where Home is `ESC [ 1 ~` and End `ESC [ 4 ~`: they move to the first
/// and last division, PgDn pages, Alt-1 does nothing, and a paste (tmux brackets it, kansa asked for that) is
/// refused on the matrix and typed into a note.
struct TmuxKeysEndToEndTests {
    @Test func homeEndPagesAltAndAPaste() throws {
        let folder = TemporaryFolder("tmux-keys")
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.file("audit.json")))
        let tmux = TmuxSession(folder: folder.path)
        try tmux.start("exec '\(KansaProcess.binary)' audit.json")
        // The server may ignore `kill-server` (it inherits the test thread's blocked signals): it goes by pid.
        let server = Int32(try tmux.tmux(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        defer {
            if server > 0 { kill(server, SIGKILL) }
            unlink("/tmp/tmux-\(getuid())/\(tmux.socket)")
        }
        try tmux.wait { $0.contains("heard 168/168") }

        try tmux.keys("End")
        #expect(try tmux.wait { $0.contains("医療対策課 │ I 1") }.contains("医療対策課 │ I 1"))
        try tmux.keys("Home")
        #expect(try tmux.wait { $0.contains("企画課 │ I 1") }.contains("企画課 │ I 1"))
        try tmux.keys("NPage")
        #expect(try tmux.wait { !$0.contains("企画課 │ I 1 ") }.contains("企画課 │ "))
        try tmux.keys("M-1", "M-4", "M-R")

        try tmux.tmux(["set-buffer", "1234 o t x - a R"])
        try tmux.tmux(["paste-buffer", "-p", "-t", "kansa:main"])
        #expect(try tmux.wait { $0.contains("Paste ignored") }.contains("Paste ignored: a paste goes only into a text being typed"))
        try tmux.keys("Enter")
        try tmux.wait { $0.contains("Note: ") }
        try tmux.tmux(["paste-buffer", "-p", "-t", "kansa:main"])
        #expect(try tmux.wait { $0.contains("Note: 1234 o t x - a R") }.contains("Note: 1234 o t x - a R"))
        try tmux.keys("Escape")
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("q")
        try tmux.wait(seconds: 5) { $0.contains("Pane is dead") || !$0.contains("heard 168/168") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("audit.json"))) == before)
    }
}
