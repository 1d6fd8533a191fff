import KansaCore

/// The UTF-8 bytes of an XML part, written straight out: markup as given, text escaped (`& < > "`) and any
/// character XML 1.0 cannot hold (a control character, U+FFFE, U+FFFF) shown escaped as elsewhere (`\x1B`), so the
/// part is always well-formed.
struct XMLText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup, written as it is.
    mutating func markup(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A number, as an attribute's value.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Text or an attribute's value, escaped; tabs and line feeds are kept.
    mutating func text(_ text: Substring) {
        var text = text
        text.withUTF8 { append(escaping: $0) }
    }

    mutating func text(_ text: String) {
        self.text(Substring(text))
    }

    /// Copies the runs of bytes that need nothing and escapes the rest, byte by byte: every byte that needs escaping
    /// is ASCII, or starts U+FFFE or U+FFFF (EF BF BE, EF BF BF).
    private mutating func append(escaping input: UnsafeBufferPointer<UInt8>) {
        var copied = 0
        var index = 0
        while index < input.count {
            let byte = input[index]
            var length = 1
            switch byte {
            case 0x26: flush(input, from: copied, to: index); markup("&amp;")
            case 0x3C: flush(input, from: copied, to: index); markup("&lt;")
            case 0x3E: flush(input, from: copied, to: index); markup("&gt;")
            case 0x22: flush(input, from: copied, to: index); markup("&quot;")
            case 0x09, 0x0A:
                index += 1
                continue
            case 0..<0x20:
                flush(input, from: copied, to: index)
                bytes.append(contentsOf: Unicode.Scalar(byte).escapedControl.utf8)
            case 0xEF where index + 2 < input.count && input[index + 1] == 0xBF && input[index + 2] >= 0xBE:
                flush(input, from: copied, to: index)
                markup(input[index + 2] == 0xBE ? "\\u{FFFE}" : "\\u{FFFF}")
                length = 3
            default:
                index += 1
                continue
            }
            index += length
            copied = index
        }
        flush(input, from: copied, to: input.count)
    }

    private mutating func flush(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if start < end { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end])) }
    }
}
