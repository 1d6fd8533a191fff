import CNcursesw
import Glibc
import Testing
import KansaUI

/// Every key the terminfo entries declare (this machine's database: xterm, tmux, screen, the Linux console,
/// rxvt …) decodes to its key, whatever `TERM` kansa runs under.
struct TerminfoKeyTests {
    static let terms = ["xterm-256color", "tmux-256color", "screen-256color", "linux", "xterm", "xterm-vt220", "screen",
                        "tmux", "rxvt", "rxvt-unicode-256color", "vt220", "putty", "putty-256color", "konsole", "gnome"]

    static let capabilities: [(name: String, key: Key)] = {
        var list: [(String, Key)] = [
            ("khome", .home), ("kend", .end), ("kpp", .pageUp), ("knp", .pageDown), ("kich1", .insert), ("kdch1", .delete),
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right), ("kri", .up), ("kind", .down),
            ("kcbt", .backTab), ("kent", .enter), ("kbs", .backspace),
        ]
        list += (1...12).map { ("kf\($0)", Key.function($0)) }
        // terminfo's modified keys: 2 Shift, 3 Alt, 4 Shift-Alt, 5 Control, 6 Control-Shift, 7 Control-Alt. With
        // Alt a key is an Alt key (bound to nothing); Shift and Control leave it as it is.
        for modifier in ["", "3", "4", "5", "6", "7"] {
            let alt = ["3", "4", "7"].contains(modifier)
            list += [("kUP", Key.up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
                     ("kPRV", .pageUp), ("kNXT", .pageDown), ("kIC", .insert), ("kDC", .delete)].map { ($0.0 + modifier, alt ? Key.alt($0.1) : $0.1) }
        }
        return list
    }()

    /// The keypad's corners and centre: in application mode (`ESC O q` …) its digits, else (`ESC [ G`, `ESC O E`) no key.
    static let keypad: [String: Character?] = ["ka1": "7", "ka3": "9", "kb2": "5", "kc1": "1", "kc3": "3", "kbeg": nil]

    /// The string capabilities of a terminal type, read with ncurses; nil when this machine lacks the type.
    static func declared(_ term: String) -> [String: [UInt8]]? {
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else { return nil }
        defer {
            fclose(output)
            fclose(input)
        }
        guard let screen = newterm(term, output, input) else { return nil }
        let previous = set_term(screen)
        defer {
            endwin()
            if let previous { set_term(previous) }
            delscreen(screen)
        }
        var found: [String: [UInt8]] = [:]
        for name in capabilities.map(\.name) + keypad.keys {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { continue }
            found[name] = Array(String(cString: value).utf8)
        }
        return found
    }

    @Test func everyDeclaredKeyDecodesToItsKey() throws {
        var checked = 0
        for term in Self.terms {
            guard let declared = Self.declared(term) else {
                #expect(!["xterm-256color", "tmux-256color", "screen-256color", "linux"].contains(term), "\(term) is missing")
                continue
            }
            for (name, key) in Self.capabilities {
                guard let bytes = declared[name] else { continue }
                var decoder = InputDecoder()
                let keys = decoder.feed(bytes)
                #expect(decoder.pending == .nothing, "\(term) \(name) \(bytes) is whole")
                #expect(keys == [key], "\(term) \(name) \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                checked += 1
            }
            for (name, digit) in Self.keypad {
                guard let bytes = declared[name] else { continue }
                var decoder = InputDecoder()
                let keys = decoder.feed(bytes) + decoder.flush()
                let applicationMode = bytes.count == 3 && bytes.starts(with: [0x1B, 0x4F]) && digit != nil
                #expect(keys == (applicationMode ? [.character(digit!)] : []), "\(term) \(name) \(bytes)")
            }
        }
        #expect(checked > 200)
    }
}
