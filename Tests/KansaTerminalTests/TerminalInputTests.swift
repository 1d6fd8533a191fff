import Foundation
import Glibc
import Testing
import KansaUI
@testable import KansaTerminal

/// The terminal's input read from a pipe as from a terminal: keys one per call, the escape wait, a sequence or
/// paste cut by a pause, a resize, the end of the input.
final class TerminalInputTests {
    let input: (read: Int32, write: Int32)
    let resizes: (read: Int32, write: Int32)
    let terminal: TerminalInput

    init() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        input = (ends[0], ends[1])
        _ = pipe(&ends)
        resizes = (ends[0], ends[1])
        _ = fcntl(resizes.read, F_SETFL, fcntl(resizes.read, F_GETFL) | O_NONBLOCK)
        terminal = TerminalInput(descriptor: input.read, resizes: resizes.read)
    }

    deinit {
        for fd in [input.read, input.write, resizes.read, resizes.write] { close(fd) }
    }

    func type(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(input.write, $0.baseAddress, $0.count) }
    }

    static func milliseconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    @Test func oneKeyPerCallTheRestQueued() {
        type("o監\u{1B}[1~")
        #expect(terminal.next(timeout: 100) == .key(.character("o")))
        #expect(terminal.next(timeout: 100) == .key(.character("監")))
        #expect(terminal.next(timeout: 100) == .key(.home))
        #expect(terminal.next(timeout: 20) == nil)
    }

    @Test func aLoneEscapeIsEscAfterTheEscapeWaitNotBefore() {
        type("\u{1B}")
        #expect(terminal.next(timeout: 5) == nil, "a tick due before the wait ends comes first")
        var key: TerminalInput.Event?
        let elapsed = Self.milliseconds { key = terminal.next(timeout: 1000) }
        #expect(key == .key(.escape))
        #expect(elapsed < 500)
        type("\u{1B}1")
        #expect(terminal.next(timeout: 100) == .key(.alt(.character("1"))))
    }

    @Test func aSequenceOrPasteCutByAPauseIsStillOneKey() {
        type("\u{1B}[1")
        #expect(terminal.next(timeout: 100) == nil, "no Alt-[, no 1")
        type(";5A\u{1B}[200~12")
        #expect(terminal.next(timeout: 100) == .key(.up))
        #expect(terminal.next(timeout: 100) == nil)
        type("34\u{1B}[201~")
        #expect(terminal.next(timeout: 100) == .key(.paste("1234")))
    }

    @Test func aResizeWakesTheRead() {
        var byte: UInt8 = 0
        _ = write(resizes.write, &byte, 1)
        _ = write(resizes.write, &byte, 1)
        #expect(terminal.next(timeout: 1000) == .resized)
        #expect(terminal.next(timeout: 20) == nil, "two signals before the look are one resize")
    }

    @Test func theEndOfTheInputEndsIt() {
        type("q")
        close(input.write)
        #expect(terminal.next(timeout: 100) == .key(.character("q")))
        #expect(terminal.next(timeout: 1000) == nil)
        #expect(terminal.ended)
    }
}
