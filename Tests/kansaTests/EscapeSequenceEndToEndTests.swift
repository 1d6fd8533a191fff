import Foundation
import Testing
import TestSupport

/// The real binary on a pseudo-terminal under each `TERM`, fed what terminals send besides typed keys: every
/// encoding of Home and End, function keys, modified arrows, mouse reports, focus events, a bracketed paste of
/// verdict keys, Alt with digits, and the terminal's own replies. Not one of them may change the document.
struct EscapeSequenceEndToEndTests {
    static let terms = ["xterm-256color", "tmux-256color", "screen-256color", "linux"]
    static let esc = "\u{1B}"

    /// Each element is written in one go, as a terminal sends one key.
    static let sequences: [[UInt8]] = {
        let e = esc
        let text = [
            // Home and End: xterm (SS3, CSI), Linux console, screen/tmux, PuTTY, rxvt (plain, Shift, Control, both).
            "\(e)OH", "\(e)[H", "\(e)[1~", "\(e)[7~", "\(e)[1;2H", "\(e)[1;5H", "\(e)[7$", "\(e)[7^", "\(e)[7@",
            "\(e)OF", "\(e)[F", "\(e)[4~", "\(e)[8~", "\(e)[1;2F", "\(e)[1;5F", "\(e)[8$", "\(e)[8^", "\(e)[8@",
            // F1–F12: xterm, rxvt/PuTTY, the Linux console, with modifiers.
            "\(e)OP", "\(e)OQ", "\(e)OR", "\(e)OS", "\(e)[11~", "\(e)[12~", "\(e)[13~", "\(e)[14~", "\(e)[[A", "\(e)[[B",
            "\(e)[[C", "\(e)[[D", "\(e)[[E", "\(e)[15~", "\(e)[17~", "\(e)[18~", "\(e)[19~", "\(e)[20~", "\(e)[21~",
            "\(e)[23~", "\(e)[24~", "\(e)[1;2P", "\(e)[1;5Q", "\(e)[1;2S", "\(e)[15;5~", "\(e)[24;2~", "\(e)[11^",
            // Arrows with modifiers (xterm, rxvt), PgUp, PgDn, Insert.
            "\(e)[1;5A", "\(e)[1;2B", "\(e)[1;3C", "\(e)[1;6D", "\(e)[a", "\(e)Ob", "\(e)[c", "\(e)Od", "\(e)\(e)[A",
            "\(e)[5~", "\(e)[6;5~", "\(e)[6$", "\(e)[2~", "\(e)[2;9~", "\(e)[2$",
            // SGR mouse: a click, its release, the wheel.
            "\(e)[<0;30;8M", "\(e)[<0;30;8m", "\(e)[<64;30;8M", "\(e)[<65;30;8M", "\(e)[<32;31;8M",
            // Focus, cursor-position and device-attribute replies, OSC and DCS replies.
            "\(e)[I", "\(e)[O", "\(e)[12;40R", "\(e)[1;1R", "\(e)[?64;1;2;6;22c", "\(e)[>0;276;0c", "\(e)[?1;2c",
            "\(e)]11;rgb:0000/1111/2222\u{07}", "\(e)]10;rgb:ffff/ffff/ffff\(e)\\", "\(e)P1$r0;1m\(e)\\", "\(e)P>|kansa 1234\(e)\\",
            // A bracketed paste of verdict keys and the preview key; Alt with digits and verdict letters.
            "\(e)[200~1234 o t x - a R\(e)[201~", "\(e)[200~\r1\r2\(e)[1~0\(e)[201~",
            "\(e)1", "\(e)2", "\(e)3", "\(e)4", "\(e)0", "\(e)o", "\(e)t", "\(e)x", "\(e)-", "\(e)a", "\(e)R", "\(e)q",
        ]
        // X10 mouse: a click, a wheel turn, a release, at columns past 95 (bytes of 0x80 and more).
        let x10: [[UInt8]] = [[0x1B, 0x5B, 0x4D, 32, 33 + 97, 33 + 5], [0x1B, 0x5B, 0x4D, 96, 33 + 96, 33 + 6],
                              [0x1B, 0x5B, 0x4D, 35, 33 + 99, 33 + 7], [0x1B, 0x5B, 0x4D, 32, 33 + 30, 33 + 8]]
        return text.map { Array($0.utf8) } + x10
    }()

    static func sample() throws -> TemporaryFolder {
        let folder = TemporaryFolder("sequences")
        _ = try KansaProcess.run(["sample", folder.path], in: folder.path)
        return folder
    }

    @Test(arguments: terms, [("audit.json", "Audit item"), ("drill.json", "Systems")])
    func noSequenceChangesTheDocument(term: String, document: (name: String, drawn: String)) throws {
        let folder = try Self.sample()
        let path = folder.file(document.name)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let terminal = try PseudoTerminal([KansaProcess.binary, path],
                                          environment: ["TERM=\(term)", "LANG=C.UTF-8", "HOME=\(folder.path)", "PATH=/usr/bin:/bin"],
                                          rows: 30, columns: 100)
        defer { terminal.stop() }
        try #require(terminal.wait(for: document.drawn), "never drawn: \(String(decoding: terminal.output.suffix(300), as: UTF8.self).debugDescription)")
        #expect(terminal.wrote("\(Self.esc)[?2004h") && terminal.wrote("\(Self.esc)[?1006h"), "bracketed paste and SGR mouse turned on")

        for sequence in Self.sequences { terminal.send(sequence) }
        // Sequences and a paste cut by a pause longer than the escape wait, as a slow connection delivers them.
        for (first, rest) in [("\(Self.esc)[1", ";5B"), ("\(Self.esc)[200~12", "34 o\(Self.esc)[201~"), ("\(Self.esc)]11;rgb:1", "2/3\u{07}")] {
            terminal.send(first)
            terminal.read(milliseconds: 80)
            terminal.send(rest)
        }
        let beforeResize = terminal.output.count
        terminal.resize(rows: 35, columns: 110)
        #expect(terminal.wait(for: document.drawn, after: beforeResize), "drawn again after a resize")

        terminal.send("q")
        #expect(terminal.waitForExit() == 0, "q quits: no sequence left the input waiting")
        #expect(terminal.wrote("\(Self.esc)[?2004l") && terminal.wrote("\(Self.esc)[?1000l"), "turned off on the way out")
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == before, "\(term) \(document.name) changed")
    }
}
