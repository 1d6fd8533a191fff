/// Turns the bytes a terminal sends into keys: UTF-8 text, control characters, and every escape sequence
/// (CSI, SS3, strings, mouse reports, bracketed paste) as one key or none. A sequence is never read as the
/// characters it is made of, so its digits and letters cannot act as keys.
///
/// Keys are recognised in the encodings of xterm, rxvt, the Linux console, screen/tmux and PuTTY at once,
/// whatever `TERM` says. A modified arrow, Home, End or function key is the plain key. Replies of the terminal
/// (cursor position, device attributes, focus, OSC/DCS strings) and unknown sequences are dropped whole.
public struct InputDecoder: Sendable {
    /// What the decoder holds that more bytes would complete, and so how long the terminal waits before `flush`.
    public enum Pending: Equatable, Sendable {
        case nothing
        /// An `ESC`, the start of a sequence that may also be Alt with a key, or part of a UTF-8 character:
        /// flush after the escape wait (a few tens of milliseconds).
        case sequence
        /// Inside a sequence, string or paste whose end has not come: flush only after a long silence.
        case remainder
    }

    private enum State: Sendable {
        case ground, utf8, escape, csi, ss3, x10, linuxFunction, string, paste
    }

    /// The most a paste keeps; the rest of a longer paste is dropped.
    static let pasteLimit = 1 << 20
    /// The most parameter bytes a CSI or SS3 keeps; a longer one is ignored whole.
    private static let parameterLimit = 64
    private static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    private var state = State.ground
    /// `ESC ESC`: the second may begin a sequence (rxvt sends Meta-arrows so), the first is then dropped.
    private var doubled = false
    /// Parameter and intermediate bytes of the CSI or SS3 being read, or the bytes of an X10 mouse report.
    private var parameters: [UInt8] = []
    private var parametersOverflowed = false
    /// The character being assembled from UTF-8, the bytes it still needs, and the range of the next byte.
    private var scalar: UInt32 = 0
    private var needed = 0
    private var lowest: UInt8 = 0x80
    private var highest: UInt8 = 0xBF
    /// Whether the UTF-8 character came after an `ESC` (Alt with a non-ASCII key).
    private var altCharacter = false
    /// The byte after `ESC` that opened the string being skipped, whether any of its content came, and whether
    /// its last byte was an `ESC` (the first half of the terminator `ESC \`).
    private var stringOpener: UInt8 = 0
    private var stringStarted = false
    private var stringEscape = false
    private var pasted: [UInt8] = []
    /// How many bytes of the paste's terminator `ESC [ 201 ~` have come.
    private var pasteEndMatched = 0

    public init() {}

    /// What is held for more bytes, if anything.
    public var pending: Pending {
        switch state {
        case .ground: .nothing
        case .utf8, .escape: .sequence
        case .csi, .ss3: parameters.isEmpty && !parametersOverflowed ? .sequence : .remainder
        case .string: stringStarted || stringEscape ? .remainder : .sequence
        case .x10, .linuxFunction, .paste: .remainder
        }
    }

    /// The keys the bytes complete; the bytes of an unfinished sequence are kept for the next call.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        feed(bytes[...])
    }

    /// The keys the bytes complete. A concrete type, not a generic one: the terminal's module calls it for every
    /// read, and must not get unspecialised code.
    public mutating func feed(_ bytes: ArraySlice<UInt8>) -> [Key] {
        var keys: [Key] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if state == .paste && pasteEndMatched == 0 {
                // The bulk of a paste: everything up to the next ESC at once.
                let end = bytes[index...].firstIndex(of: 0x1B) ?? bytes.endIndex
                appendPasted(bytes[index..<end])
                index = end
                if index == bytes.endIndex { break }
            }
            step(bytes[index], into: &keys)
            bytes.formIndex(after: &index)
        }
        return keys
    }

    /// Ends what is pending because no more bytes came: a lone `ESC` is Esc, `ESC [` alone is Alt-[, an
    /// unfinished sequence or string is dropped, an unfinished paste is the paste so far.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        switch state {
        case .ground, .utf8, .x10, .linuxFunction:
            break
        case .escape:
            keys.append(.escape)
            if doubled { keys.append(.escape) }
        case .csi, .ss3:
            if parameters.isEmpty && !parametersOverflowed {
                if doubled { keys.append(.escape) }
                keys.append(.alt(.character(state == .csi ? "[" : "O")))
            }
        case .string:
            if !stringStarted && !stringEscape { keys.append(.alt(.character(Character(Unicode.Scalar(stringOpener))))) }
        case .paste:
            appendPasted(Self.pasteEnd.prefix(pasteEndMatched))
            finishPaste(into: &keys)
        }
        reset()
        return keys
    }

    private mutating func reset() {
        state = .ground
        doubled = false
        altCharacter = false
        parameters.removeAll(keepingCapacity: true)
        parametersOverflowed = false
    }

    private mutating func step(_ byte: UInt8, into keys: inout [Key]) {
        switch state {
        case .ground: ground(byte, into: &keys)
        case .utf8: utf8(byte, into: &keys)
        case .escape: escape(byte, into: &keys)
        case .csi: csi(byte, into: &keys)
        case .ss3: ss3(byte, into: &keys)
        case .x10: x10(byte, into: &keys)
        case .linuxFunction: linuxFunction(byte, into: &keys)
        case .string: string(byte, into: &keys)
        case .paste: paste(byte, into: &keys)
        }
    }

    private mutating func ground(_ byte: UInt8, into keys: inout [Key]) {
        switch byte {
        case 0x20...0x7E: keys.append(.character(Character(Unicode.Scalar(byte))))
        case 0x1B:
            state = .escape
            doubled = false
        case 0x00...0x1F, 0x7F: keys.append(Self.control(byte))
        default: startUTF8(byte, alt: false)
        }
    }

    /// A C0 control character (or DEL) as a key.
    private static func control(_ byte: UInt8) -> Key {
        switch byte {
        case 0x09: .tab
        case 0x0A, 0x0D: .enter
        case 0x08, 0x7F: .backspace
        case 0x00: .control("@")
        case 0x01...0x1A: .control(Character(Unicode.Scalar(byte + 0x60)))
        default: .control(Character(Unicode.Scalar(byte + 0x40)))
        }
    }

    /// The lead byte of a UTF-8 character; a byte that cannot lead one is dropped.
    private mutating func startUTF8(_ byte: UInt8, alt: Bool) {
        switch byte {
        case 0xC2...0xDF: (needed, scalar, lowest, highest) = (1, UInt32(byte & 0x1F), 0x80, 0xBF)
        case 0xE0...0xEF:
            (needed, scalar) = (2, UInt32(byte & 0x0F))
            lowest = byte == 0xE0 ? 0xA0 : 0x80
            highest = byte == 0xED ? 0x9F : 0xBF
        case 0xF0...0xF4:
            (needed, scalar) = (3, UInt32(byte & 0x07))
            lowest = byte == 0xF0 ? 0x90 : 0x80
            highest = byte == 0xF4 ? 0x8F : 0xBF
        default:
            state = .ground
            return
        }
        altCharacter = alt
        state = .utf8
    }

    private mutating func utf8(_ byte: UInt8, into keys: inout [Key]) {
        guard byte >= lowest && byte <= highest else {
            reset()
            ground(byte, into: &keys)
            return
        }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
        needed -= 1
        (lowest, highest) = (0x80, 0xBF)
        guard needed == 0 else { return }
        let (scalar, alt) = (scalar, altCharacter)
        reset()
        guard scalar > 0x9F else {
            // A C1 control sent as UTF-8 is no text: CSI and SS3 begin their sequences (a terminal set to 8-bit
            // controls sends keys so), the others are nothing.
            if scalar == 0x9B { state = .csi }
            if scalar == 0x8F { state = .ss3 }
            return
        }
        let key = Key.character(Character(Unicode.Scalar(scalar)!))
        keys.append(alt ? .alt(key) : key)
    }

    private mutating func escape(_ byte: UInt8, into keys: inout [Key]) {
        switch byte {
        case 0x1B:
            if doubled { keys.append(.escape) }
            doubled = true
            return
        case UInt8(ascii: "["), UInt8(ascii: "O"):
            state = byte == UInt8(ascii: "[") ? .csi : .ss3
            return
        default:
            break
        }
        if doubled { keys.append(.escape) }
        doubled = false
        switch byte {
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            state = .string
            stringOpener = byte
            stringStarted = false
            stringEscape = false
        case 0x09:
            state = .ground
            keys.append(.backTab)
        case 0x20...0x7E:
            state = .ground
            keys.append(.alt(.character(Character(Unicode.Scalar(byte)))))
        case 0x00...0x1F, 0x7F:
            state = .ground
            keys.append(.alt(Self.control(byte)))
        default:
            startUTF8(byte, alt: true)
        }
    }

    private mutating func collect(_ byte: UInt8) {
        if parameters.count < Self.parameterLimit {
            parameters.append(byte)
        } else {
            parametersOverflowed = true
        }
    }

    private mutating func csi(_ byte: UInt8, into keys: inout [Key]) {
        let fresh = parameters.isEmpty && !parametersOverflowed
        switch byte {
        case UInt8(ascii: "M") where fresh:
            state = .x10
        case UInt8(ascii: "[") where fresh:
            state = .linuxFunction
        case UInt8(ascii: "$") where !fresh && parameters.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }):
            finishCSI(final: byte, into: &keys)
        case 0x20...0x3F:
            collect(byte)
        case 0x40...0x7E:
            finishCSI(final: byte, into: &keys)
        default:
            reset()
            ground(byte, into: &keys)
        }
    }

    /// The numbers of the parameters (`1;5` is [1, 5]; a missing one is 0, sub-parameters after `:` are left out).
    private func numbers(from start: Int) -> [Int] {
        var result = [0]
        var inSubParameter = false
        for byte in parameters[start...] {
            switch byte {
            case UInt8(ascii: ";"):
                result.append(0)
                inSubParameter = false
            case UInt8(ascii: ":"):
                inSubParameter = true
            case 0x30...0x39 where !inSubParameter:
                result[result.count - 1] = min(result[result.count - 1] * 10 + Int(byte - 0x30), 1 << 20)
            default:
                break
            }
        }
        return result
    }

    private mutating func finishCSI(final: UInt8, into keys: inout [Key]) {
        let key = parametersOverflowed ? nil : csiKey(final: final)
        let startsPaste = !parametersOverflowed && final == UInt8(ascii: "~") && parameters.elementsEqual("200".utf8)
        reset()
        if startsPaste {
            state = .paste
            pasteEndMatched = 0
        }
        if let key { keys.append(key) }
    }

    /// The key of a whole CSI, or nil for one that is none (a reply of the terminal, an unknown sequence).
    private func csiKey(final: UInt8) -> Key? {
        if parameters.first == UInt8(ascii: "<") {
            let n = numbers(from: 1)
            guard n.count == 3, final == UInt8(ascii: "M") || final == UInt8(ascii: "m") else { return nil }
            return mouse(button: n[0], column: n[1] - 1, row: n[2] - 1, released: final == UInt8(ascii: "m"))
        }
        // Only digits, `;` and `:`: no private marker (`?` `>` of replies), no intermediates.
        guard parameters.allSatisfy({ $0 >= 0x30 && $0 <= 0x3B }) else { return nil }
        guard let key = csiKey(final: final, plain: parameters.isEmpty) else { return nil }
        // xterm's modifier parameter (`1;3A`, `3;5~`) is 1 plus Shift 1, Alt 2, Control 4, Meta 8: Shift and Control
        // leave the key as it is, Alt and Meta make it an Alt key, which nothing binds.
        let modifier = numbers(from: 0).dropFirst().first ?? 0
        return modifier > 1 && (modifier - 1) & 0b1010 != 0 ? .alt(key) : key
    }

    /// The key a CSI's final byte (and its first number) names, modifiers aside.
    private func csiKey(final: UInt8, plain: Bool) -> Key? {
        return switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "a") where plain: .up
        case UInt8(ascii: "b") where plain: .down
        case UInt8(ascii: "c") where plain: .right
        case UInt8(ascii: "d") where plain: .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "Z"): .backTab
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        // With parameters, `R` is a cursor-position report, not F3.
        case UInt8(ascii: "R") where plain: .function(3)
        case UInt8(ascii: "S"): .function(4)
        case UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "@"), UInt8(ascii: "$"): Self.numberedKeys[numbers(from: 0)[0]]
        default: nil
        }
    }

    /// The key of `CSI n ~` (and rxvt's `^` `@` `$` for Control, Control-Shift and Shift).
    private static let numberedKeys: [Int: Key] = {
        var keys: [Int: Key] = [1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end]
        let functions = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34]
        for (index, number) in functions.enumerated() { keys[number] = .function(index + 1) }
        return keys
    }()

    /// A mouse report (button code as xterm encodes it, 0-based position) as a click or a wheel turn; presses
    /// of other buttons, releases and motion are nothing.
    private func mouse(button: Int, column: Int, row: Int, released: Bool) -> Key? {
        guard column >= 0, row >= 0, !released, button >= 0, button & 32 == 0 else { return nil }
        if button & 64 != 0 {
            switch button & 3 {
            case 0: return .wheelUp(row: row, column: column)
            case 1: return .wheelDown(row: row, column: column)
            default: return nil
            }
        }
        return button & 3 == 0 && button & 128 == 0 ? .click(row: row, column: column) : nil
    }

    /// `ESC [ M` and three bytes, each a value plus 32 (the position 1-based, so plus 33); button 3 is a release.
    private mutating func x10(_ byte: UInt8, into keys: inout [Key]) {
        parameters.append(byte)
        guard parameters.count == 3 else { return }
        let (button, x, y) = (Int(parameters[0]) - 32, Int(parameters[1]) - 33, Int(parameters[2]) - 33)
        reset()
        if let key = mouse(button: button, column: x, row: y, released: button & 0b0100_0011 == 3) { keys.append(key) }
    }

    /// The Linux console's F1–F5: `ESC [ [ A` … `ESC [ [ E`.
    private mutating func linuxFunction(_ byte: UInt8, into keys: inout [Key]) {
        reset()
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "E"): keys.append(.function(Int(byte - UInt8(ascii: "A")) + 1))
        case 0x40...0x7E: break
        default: ground(byte, into: &keys)
        }
    }

    private mutating func ss3(_ byte: UInt8, into keys: inout [Key]) {
        switch byte {
        case 0x30...0x3F:
            collect(byte)
        case 0x40...0x7E:
            let overflowed = parametersOverflowed
            reset()
            if !overflowed, let key = Self.ss3Keys[byte] { keys.append(key) }
        default:
            reset()
            ground(byte, into: &keys)
        }
    }

    /// The keys of `ESC O x`: cursor keys and F1–F4 (xterm, PuTTY), rxvt's Control-arrows, the keypad in
    /// application mode.
    private static let ss3Keys: [UInt8: Key] = {
        var keys: [UInt8: Key] = [
            0x41: .up, 0x42: .down, 0x43: .right, 0x44: .left, 0x61: .up, 0x62: .down, 0x63: .right, 0x64: .left,
            0x48: .home, 0x46: .end, 0x50: .function(1), 0x51: .function(2), 0x52: .function(3), 0x53: .function(4),
            0x4D: .enter,
        ]
        for (byte, character) in zip(Array(0x6A...0x79) + [0x58], Array("*+,-./0123456789=")) {
            keys[UInt8(byte)] = .character(character)
        }
        return keys
    }()

    /// Skips an OSC, DCS, APC, PM or SOS string up to BEL or ST (`ESC \`); keeps none of it.
    private mutating func string(_ byte: UInt8, into keys: inout [Key]) {
        if stringEscape {
            if byte == UInt8(ascii: "\\") {
                reset()
            } else {
                // An `ESC` that is not ST ends the string and begins a new sequence.
                state = .escape
                doubled = false
                escape(byte, into: &keys)
            }
            return
        }
        switch byte {
        case 0x07, 0x18, 0x1A: reset()
        case 0x1B: stringEscape = true
        default: stringStarted = true
        }
    }

    private mutating func paste(_ byte: UInt8, into keys: inout [Key]) {
        if byte == Self.pasteEnd[pasteEndMatched] {
            pasteEndMatched += 1
            if pasteEndMatched == Self.pasteEnd.count {
                finishPaste(into: &keys)
                reset()
            }
            return
        }
        if pasteEndMatched > 0 {
            appendPasted(Self.pasteEnd.prefix(pasteEndMatched))
            pasteEndMatched = 0
            if byte == 0x1B {
                pasteEndMatched = 1
                return
            }
        }
        if pasted.count < Self.pasteLimit { pasted.append(byte) }
    }

    private mutating func appendPasted(_ bytes: ArraySlice<UInt8>) {
        pasted.append(contentsOf: bytes.prefix(Self.pasteLimit - pasted.count))
    }

    private mutating func finishPaste(into keys: inout [Key]) {
        let text = Self.text(fromUTF8: pasted)
        pasted = []
        pasteEndMatched = 0
        if !text.isEmpty { keys.append(.paste(text)) }
    }

    /// UTF-8 bytes as text, invalid bytes left out.
    private static func text(fromUTF8 bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error: continue
            case .emptyInput: return String(scalars)
            }
        }
    }
}
