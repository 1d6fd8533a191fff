extension String {
    /// The text with control characters, escape sequences, BiDi controls and zero-width characters made visible
    /// (`\x1B`, `\u{202E}`), so that a file's text can never drive the terminal, reorder what is shown around it
    /// or hide in it. Line breaks and tabs are kept when `keepingLineBreaks` is true.
    public func escapingControlCharacters(keepingLineBreaks: Bool = false) -> String {
        guard unicodeScalars.contains(where: { $0.isControl(keepingLineBreaks: keepingLineBreaks) }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar.isControl(keepingLineBreaks: keepingLineBreaks) {
                result += scalar.escapedControl
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is never shown or exported raw: C0 and C1 controls and DEL (line feed and tab pass when
    /// `keepingLineBreaks`); the BiDi controls, which reorder the text around them (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069); and the zero-width characters, which hide in text (U+200B–U+200D, U+2060,
    /// U+FEFF).
    ///
    /// The zero-width joiner U+200D is escaped inside emoji sequences too (👩‍💻 shows as 👩\u{200D}💻): terminals
    /// disagree on whether such a sequence is one glyph or several, so no layout could be sure of its width.
    /// The variation selector U+FE0F is kept: it only picks the emoji look of the character before it.
    public func isControl(keepingLineBreaks: Bool = false) -> Bool {
        let v = value
        if v < 0xA0 {
            if keepingLineBreaks, v == 0x0A || v == 0x09 { return false }
            return v < 0x20 || v >= 0x7F
        }
        switch v {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// How such a scalar is shown: `\x1B` for a control character, `\u{202E}` for the others.
    public var escapedControl: String {
        let hex = String(value, radix: 16, uppercase: true)
        if value < 0x100 { return "\\x" + (hex.count < 2 ? "0" + hex : hex) }
        return "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
    }
}
