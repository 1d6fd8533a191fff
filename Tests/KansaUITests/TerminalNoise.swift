import KansaUI
import TestSupport

/// Random pieces of what a terminal sends besides typed keys: key sequences of every encoding, unknown CSI and
/// SS3 sequences, mouse reports, focus events, replies, OSC/DCS strings, bracketed pastes and Alt with a key —
/// with digits, verdict letters and `R` inside parameters, strings and pastes. None of them is a key that edits
/// (no Delete, no keypad digit, no keypad Enter), so none may change a document.
struct TerminalNoise {
    var random: SeededGenerator

    static let esc: UInt8 = 0x1B
    /// The keys such a piece may decode to: moves, keys no screen binds, and pastes (refused outside a text).
    static func isHarmless(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .function, .backTab,
             .click, .wheelUp, .wheelDown, .alt, .paste:
            true
        default:
            false
        }
    }

    static let known: [String] = [
        "\u{1B}OH", "\u{1B}[H", "\u{1B}[1~", "\u{1B}[7~", "\u{1B}OF", "\u{1B}[F", "\u{1B}[4~", "\u{1B}[8~", "\u{1B}[5~",
        "\u{1B}[6~", "\u{1B}[2~", "\u{1B}OP", "\u{1B}OQ", "\u{1B}OR", "\u{1B}OS", "\u{1B}[[A", "\u{1B}[[B", "\u{1B}[[C",
        "\u{1B}[[D", "\u{1B}[[E", "\u{1B}[11~", "\u{1B}[15~", "\u{1B}[17~", "\u{1B}[24~", "\u{1B}[A", "\u{1B}OB",
        "\u{1B}[c", "\u{1B}Od", "\u{1B}[Z", "\u{1B}\u{1B}[A", "\u{1B}\u{1B}OD", "\u{1B}[I", "\u{1B}[O", "\u{1B}\t",
    ]
    /// Characters that would edit if they were read as keys.
    static let tempting = Array("0123456789otx-aRpmu ;:?<>~$^@".utf8)
    static let japanese = Array("監査メモ○△×".utf8)

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &random) < percent
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[Int.random(in: 0..<values.count, using: &random)]
    }

    mutating func number(_ range: ClosedRange<Int>) -> [UInt8] {
        Array(String(Int.random(in: range, using: &random)).utf8)
    }

    /// A stream of `count` pieces.
    mutating func stream(pieces count: Int) -> [UInt8] {
        (0..<count).flatMap { _ in piece() }
    }

    mutating func piece() -> [UInt8] {
        switch Int.random(in: 0..<11, using: &random) {
        case 0: return Array(pick(Self.known).utf8)
        case 1: return modifiedKey()
        case 2: return unknownCSI()
        case 3: return unknownSS3()
        case 4: return x10Mouse()
        case 5: return sgrMouse()
        case 6: return reply()
        case 7: return string()
        case 8: return paste()
        case 9: return alt()
        default: return [Self.esc, Self.esc] + Array(pick(["[A", "[1;5B", "OC", "[5~"]).utf8)
        }
    }

    /// `ESC [ 1 ; m X` and `ESC [ n ; m ~` (xterm), `ESC [ n $` `^` `@` (rxvt), with a random modifier.
    mutating func modifiedKey() -> [UInt8] {
        let modifier = number(2...16)
        if chance(40) {
            return [Self.esc, 0x5B, 0x31, 0x3B] + modifier + [pick(Array("ABCDHFPQS".utf8))]
        }
        let n = number(1...34)
        if n == [0x33] { return [Self.esc, 0x5B, 0x32, 0x7E] }
        return [Self.esc, 0x5B] + n + (chance(50) ? [0x3B] + modifier + [0x7E] : [pick(Array("~$^@".utf8))])
    }

    /// A CSI with random parameters, intermediates and final byte; not Delete, and not the start of a paste,
    /// an X10 report or a Linux F-key (which wait for more bytes).
    mutating func unknownCSI() -> [UInt8] {
        while true {
            var parameters: [UInt8] = chance(30) ? [pick(Array("<=>?".utf8))] : []
            for _ in 0..<Int.random(in: 0...10, using: &random) { parameters.append(pick(Array("0123456789;:".utf8))) }
            let digitsOnly = !parameters.isEmpty && parameters.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            var intermediates: [UInt8] = []
            if chance(20) {
                for _ in 0..<Int.random(in: 1...2, using: &random) {
                    // After digits alone `$` ends the sequence: rxvt's Shift with a key.
                    intermediates.append(pick(Array(0x20...0x2F).filter { !digitsOnly || $0 != 0x24 }))
                }
            }
            let final = UInt8.random(in: 0x40...0x7E, using: &random)
            let plain = parameters.isEmpty && intermediates.isEmpty
            let first = parameters.prefix { $0 >= 0x30 && $0 <= 0x39 }
            let deleteOrPaste = intermediates.isEmpty && "~^@".utf8.contains(final)
                && (Array(first) == [0x33] || (first.count == parameters.count && Array(first) == Array("200".utf8)))
            if (plain && (final == 0x4D || final == 0x5B)) || deleteOrPaste { continue }
            return [Self.esc, 0x5B] + parameters + intermediates + [final]
        }
    }

    /// `ESC O` with a random final byte, not the keypad's (digits, operators, Enter).
    mutating func unknownSS3() -> [UInt8] {
        let keypad = Set(Array(0x6A...0x79) + [0x58, 0x4D])
        let finals = (0x40...0x7E).map(UInt8.init).filter { !keypad.contains(Int($0)) }
        return [Self.esc, 0x4F] + (chance(20) ? number(1...9) : []) + [pick(finals)]
    }

    /// `ESC [ M` and three raw bytes: any button, modifiers, motion, positions up to 255 (past 0x7F).
    mutating func x10Mouse() -> [UInt8] {
        [Self.esc, 0x5B, 0x4D, UInt8.random(in: 0...255, using: &random), UInt8.random(in: 0...255, using: &random),
         UInt8.random(in: 0...255, using: &random)]
    }

    mutating func sgrMouse() -> [UInt8] {
        Array("\u{1B}[<".utf8) + number(0...255) + [0x3B] + number(0...400) + [0x3B] + number(0...200) + [pick([0x4D, 0x6D])]
    }

    /// Cursor-position and device-attribute replies, with random numbers.
    mutating func reply() -> [UInt8] {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return [Self.esc, 0x5B] + number(1...200) + [0x3B] + number(1...400) + [0x52]
        case 1: return Array("\u{1B}[?".utf8) + number(1...99) + [0x3B] + number(0...9) + [0x3B] + number(0...29) + [0x63]
        default: return Array("\u{1B}[>".utf8) + number(0...99) + [0x3B] + number(0...400) + Array(";0c".utf8)
        }
    }

    /// Text a reply or a paste may hold: tempting characters, Japanese, spaces and line breaks.
    mutating func text(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<count {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes += Self.japanese
            case 1: bytes.append(pick([0x0D, 0x0A, 0x09, 0x20]))
            default: bytes.append(pick(Self.tempting))
            }
        }
        return bytes
    }

    /// An OSC, DCS, APC, PM or SOS string, ended by BEL or ST.
    mutating func string() -> [UInt8] {
        [Self.esc, pick(Array("]P_^X".utf8))] + text(Int.random(in: 0...20, using: &random))
            + (chance(50) ? [0x07] : [Self.esc, 0x5C])
    }

    /// A bracketed paste holding anything: tempting text, other pieces (sequences, mouse reports, strings),
    /// invalid bytes; never its own end.
    mutating func paste() -> [UInt8] {
        var content: [UInt8] = []
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            switch Int.random(in: 0..<3, using: &random) {
            case 0: content += text(Int.random(in: 1...10, using: &random))
            case 1: content += Int.random(in: 0..<2, using: &random) == 0 ? unknownCSI() : string()
            default: content += [UInt8.random(in: 0x80...0xFF, using: &random), Self.esc]
            }
        }
        let end = Array("\u{1B}[201~".utf8)
        while let start = content.indices.first(where: { content[$0...].starts(with: end) }) {
            content.remove(at: start)
        }
        return Array("\u{1B}[200~".utf8) + content + end
    }

    /// `ESC` and a key that is not one opening a sequence: Alt with a digit, a verdict letter, a control, Japanese.
    mutating func alt() -> [UInt8] {
        let openers = Set("[O]P_^X".utf8)
        let printable = (0x20...0x7E).map(UInt8.init).filter { !openers.contains($0) }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return [Self.esc, pick(Self.tempting.filter { !openers.contains($0) })]
        case 1: return [Self.esc, pick(printable)]
        case 2: return [Self.esc, pick([0x0D, 0x7F, 0x01, 0x12, 0x08])]
        default: return [Self.esc] + Array("監".utf8)
        }
    }
}
