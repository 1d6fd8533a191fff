/// How many terminal columns a character takes: 0, 1 or 2. East Asian *ambiguous* characters (○ △ × and the
/// box-drawing lines) take one column or two, as the terminal draws them.
public struct CharacterWidth: Sendable, Equatable {
    /// Whether ambiguous characters are drawn two columns wide.
    public var ambiguousIsWide: Bool

    public init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// The width of one scalar. A control or hidden character is never drawn as it is but shown escaped
    /// (`\x1B`, `\u{202E}`), so it counts as wide as its escape: a cut to a column width then never lets the
    /// escape spill into the next column.
    public func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : scalar.escapedControl.count }
        // Before the control check: most Japanese text is made of these, and none of them is a control character.
        if Self.isCommonWide(v) { return 2 }
        if scalar.isControl() { return scalar.escapedControl.count }
        if UnicodeWidthTable.contains(v, in: UnicodeWidthTable.zero) { return 0 }
        if UnicodeWidthTable.contains(v, in: UnicodeWidthTable.wide) { return 2 }
        if ambiguousIsWide, UnicodeWidthTable.contains(v, in: UnicodeWidthTable.ambiguous) { return 2 }
        return 1
    }

    /// Whether the scalar is East Asian ambiguous: one column or two, as the terminal draws it.
    public func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        CharacterWidth(ambiguousIsWide: true).width(of: scalar) != CharacterWidth(ambiguousIsWide: false).width(of: scalar)
    }

    /// The width of a character (a grapheme): its widest scalar, at most 2.
    public func width(of character: Character) -> Int {
        if character.utf8.count == 1 { return width(of: character.unicodeScalars.first!) }
        var widest = 0
        for scalar in character.unicodeScalars {
            widest = max(widest, width(of: scalar))
        }
        return min(widest, 2)
    }

    /// The columns a text takes: the sum of its scalars' widths (a grapheme's marks take none).
    public func width(of text: String) -> Int {
        if let width = text.utf8.withContiguousStorageIfAvailable(Self.commonWidth) ?? nil { return width }
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    public func width(of text: Substring) -> Int {
        if let width = text.utf8.withContiguousStorageIfAvailable(Self.commonWidth) ?? nil { return width }
        var total = 0
        for scalar in text.unicodeScalars { total += width(of: scalar) }
        return total
    }

    /// The wide characters most Japanese text is made of, tested before the tables: 、。「」 and the like, kana, the
    /// CJK ideographs, the full-width forms. None of them is a control character.
    @inlinable
    public static func isCommonWide(_ v: UInt32) -> Bool {
        (0x3001...0x3029).contains(v) || (0x3041...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xFF01...0xFF60).contains(v)
    }

    /// The width of a text made only of printable ASCII and of the wide Japanese the reports are made of (kana, the
    /// CJK ideographs, 、。「」, full-width forms), read straight from its UTF-8; nil for any other character, which
    /// the scalar-by-scalar rules then measure. It gives what those rules give, many times faster.
    static func commonWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var total = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                guard b >= 0x20, b < 0x7F else { return nil }
                total += 1
                i += 1
                continue
            }
            guard b >= 0xE3, b <= 0xEF, i + 2 < count else { return nil }
            let v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard isCommonWide(v) else { return nil }
            total += 2
            i += 3
        }
        return total
    }

    /// Calls `body` with each scalar of a text's (valid) UTF-8, its width, and where it starts in the bytes; a line
    /// feed is given no width. Printable ASCII and the common wide Japanese are read straight from the bytes, any
    /// other scalar by the rules: what the report's layout, which measures every cell, does instead of iterating
    /// `String.UnicodeScalarView`.
    @inlinable
    public func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int, Int) -> Void) {
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            let start = i
            let v: UInt32
            if b < 0x80 {
                if b >= 0x20, b < 0x7F {
                    body(UInt32(b), 1, start)
                    i += 1
                    continue
                }
                v = UInt32(b)
                i += 1
            } else if b < 0xE0 {
                v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                i += 3
                if Self.isCommonWide(v) {
                    body(v, 2, start)
                    continue
                }
            } else {
                v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
            body(v, v == 0x0A ? 0 : width(of: scalar), start)
        }
    }

    /// The longest prefix of `text` that fits in `columns`, with `…` at its end when it had to be cut (the `…`
    /// itself is ambiguous, so it takes one or two columns).
    public func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        let ellipsis = width(of: "…" as Unicode.Scalar)
        var used = 0
        var cut: String.Index?
        for index in text.unicodeScalars.indices {
            let w = width(of: text.unicodeScalars[index])
            if cut == nil, used + w > columns - ellipsis { cut = index }
            used += w
            if used > columns {
                return String(text.unicodeScalars[..<cut!]) + "…"
            }
        }
        return text
    }

    /// `text` cut or padded with spaces to exactly `columns`.
    public func fit(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(of: cut)))
    }

    /// Lines of at most `columns` columns: the text's own line breaks kept, long lines broken between characters,
    /// or at the last space when the line is a run of words (English).
    public func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let w = width(of: character)
                if used + w > columns {
                    if character != " ", width(of: character) == 1, let space = line.lastIndex(of: " "),
                       line[line.index(after: space)...].allSatisfy({ width(of: $0) == 1 }) {
                        let word = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = word
                        used = width(of: word)
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    if character == " " { continue }
                }
                line.append(character)
                used += w
            }
            lines.append(line)
        }
        return lines
    }
}
