import Foundation
import Testing
import TestSupport

/// On a terminal with no screen of its own for full-screen programs (the Linux console, `TERM=linux`), kansa
/// clears what it drew when it ends, so that the shell's prompt does not land on the last frame's status line; a
/// terminal with one (xterm) gets its own screen back, untouched.
struct ConsoleExitEndToEndTests {
    @Test(arguments: [("linux", true), ("xterm-256color", false)])
    func theLastFrameDoesNotStayUnderThePrompt(term: String, cleared: Bool) throws {
        let folder = TemporaryFolder("console")
        _ = try KansaProcess.run(["sample", "."], in: folder.path)
        let kansa = try ReleaseBinary.path()
        let tmux = TmuxSession(folder: folder.path)
        defer { tmux.end() }
        try tmux.start("printf 'before kansa\\n'; env TERM=\(term) '\(kansa)' audit.json; printf 'after kansa\\n'; sleep 30",
                       columns: 100, rows: 20)
        try tmux.wait { $0.contains("heard 168/168") }
        try tmux.keys("q")
        let screen = try tmux.wait { $0.contains("after kansa") }
        #expect(screen.contains("after kansa"))
        #expect(!screen.contains("heard 168/168"), "\(screen)")
        // The console is cleared (what stood before kansa goes too, as after `clear`); xterm's own screen comes back.
        #expect(screen.contains("before kansa") == !cleared, "\(screen)")
    }
}
