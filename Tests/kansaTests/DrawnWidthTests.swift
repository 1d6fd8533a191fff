import Foundation
import KansaCore
import KansaStore
import KansaUI
import Testing
import TestSupport

/// The binary, debug and release, draws on a terminal exactly what kansa laid out: its bytes, played into an
/// emulated terminal that draws ○ △ × and box lines two columns wide, give the very rows of the frame kansa
/// computed with `--ambiguous wide`. If ncurses counted those characters as one column (libc's `wcwidth`, as the
/// release build once had), every row with one would shift and the status line would wrap.
@Suite(.serialized)
struct DrawnWidthTests {
    static let rows = 30
    static let columns = 100

    func drawn(by binary: String) throws -> (emulated: TerminalEmulator, expected: Screen) {
        let folder = TemporaryFolder("width")
        _ = try KansaProcess.run(["sample", folder.path], in: folder.path)
        let path = folder.file("audit.json")
        let terminal = try PseudoTerminal([binary, path, "--ambiguous", "wide", "--theme", "mono"],
                                          environment: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(folder.path)", "PATH=/usr/bin:/bin"],
                                          rows: Self.rows, columns: Self.columns)
        defer { terminal.stop() }
        try #require(terminal.wait(for: "Audit item"), "never drawn")
        terminal.read(milliseconds: 300)
        let wide = CharacterWidth(ambiguousIsWide: true)
        var emulator = TerminalEmulator(rows: Self.rows, columns: Self.columns, width: wide)
        emulator.feed(terminal.output)
        guard case .audit(let audit) = try DocumentFile.read(path) else { throw ReleaseBinary.Failure(description: "not an audit") }
        let screen = AuditScreen(audit: audit, fileName: "audit.json", readOnlyReason: nil, width: wide)
        let expected = App(screen: screen, rows: Self.rows, columns: Self.columns, width: wide, strings: Strings(.en)).draw()
        return (emulator, expected)
    }

    func expectSameRows(_ binary: String) throws {
        let (emulated, expected) = try drawn(by: binary)
        for row in 0..<Self.rows {
            #expect(emulated.line(row) == expected.line(row), "row \(row) of \(binary)")
        }
        #expect(expected.line(Self.rows - 1).contains("○130 △4 ×1 －33"))
    }

    @Test func theDebugBuildDrawsItsLayout() throws {
        try expectSameRows(KansaProcess.binary)
    }

    @Test func theReleaseBuildDrawsItsLayout() throws {
        try expectSameRows(try ReleaseBinary.path())
    }
}
