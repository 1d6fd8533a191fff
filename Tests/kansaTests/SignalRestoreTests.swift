import Foundation
import Glibc
import Testing
import TestSupport

/// Every signal whose default ends the process gives the terminal back whole — its modes (echo, line editing),
/// the main screen, the cursor, no mouse reporting, no bracketed paste, the keypad's normal mode — and then
/// ends kansa as the signal would; SIGINT, SIGTERM, SIGHUP and SIGQUIT quit as `q` does.
struct SignalRestoreTests {
    static let quitting = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let ending = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGSYS, SIGPWR, SIGSEGV, SIGABRT, SIGILL, SIGBUS, SIGFPE, SIGTRAP,
                         SIGIO, __libc_current_sigrtmin(), __libc_current_sigrtmin() + 3, __libc_current_sigrtmax()]

    @Test(arguments: quitting + ending)
    func theTerminalIsGivenBack(signal: Int32) throws {
        let folder = TemporaryFolder("signal")
        let terminal = try PseudoTerminal.kansaOnTheSample(in: folder)
        let raw = try #require(terminal.modes())
        #expect(raw.c_lflag & tcflag_t(ECHO) == 0, "kansa runs the terminal raw")
        let drawn = terminal.output.count
        kill(terminal.pid, signal)
        let status = terminal.waitForExit()
        #expect(status == (Self.quitting.contains(signal) ? 0 : -1), "signal \(signal): status \(String(describing: status))")
        let modes = try #require(terminal.modes())
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0 && modes.c_lflag & tcflag_t(ICANON) != 0, "signal \(signal): echo and line editing back")
        let after = String(decoding: terminal.output[drawn...], as: UTF8.self)
        for reset in ["\u{1B}[?1049l", "\u{1B}[?25h", "\u{1B}[?1000l", "\u{1B}[?2004l"] {
            #expect(after.contains(reset), "signal \(signal) left \(reset.debugDescription) undone")
        }
    }

    /// The terminal's own colours (a palette set with OSC 4, base16-shell's or `setvtrgb`'s) outlive a session:
    /// kansa never sends xterm's `oc`, which resets them.
    @Test func aSessionLeavesThePaletteAlone() throws {
        let folder = TemporaryFolder("palette")
        let terminal = try PseudoTerminal.kansaOnTheSample(in: folder)
        terminal.send("j")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        #expect(!String(decoding: terminal.output, as: UTF8.self).contains("\u{1B}]104"), "the palette was reset")
    }

    @Test func aStopGivesTheTerminalBackAndAContinueTakesItAgain() throws {
        let folder = TemporaryFolder("signal-stop")
        let terminal = try PseudoTerminal.kansaOnTheSample(in: folder)
        let drawn = terminal.output.count
        kill(terminal.pid, SIGTSTP)
        #expect(terminal.wait(for: "\u{1B}[?1000l", after: drawn), "mouse reporting off while stopped")
        var status: Int32 = 0
        var stoppedAt: pid_t = 0
        for _ in 0..<100 where stoppedAt == 0 {
            stoppedAt = waitpid(terminal.pid, &status, WUNTRACED | WNOHANG)
            if stoppedAt == 0 { usleep(20_000) }
        }
        #expect(stoppedAt == terminal.pid && (status & 0xFF) == 0x7F, "stopped")
        let stopped = try #require(terminal.modes())
        #expect(stopped.c_lflag & tcflag_t(ECHO) != 0, "the shell gets its terminal back")
        let resumed = terminal.output.count
        kill(terminal.pid, SIGCONT)
        #expect(terminal.wait(for: "\u{1B}[?1000h", after: resumed), "taken again")
        #expect(terminal.wait(for: "? help", after: resumed), "drawn again")
        let again = String(decoding: terminal.output[resumed...], as: UTF8.self)
        for mode in ["\u{1B}[?1049h", "\u{1B}[?25l"] {
            #expect(again.contains(mode), "\(mode.debugDescription) not sent again: kansa would draw on the shell's screen")
        }
        #expect(try #require(terminal.modes()).c_lflag & tcflag_t(ECHO) == 0, "raw again")
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
    }
}
