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
    /// U+202A–U+202E, U+2066–U+2069); the line and paragraph separators (U+2028, U+2029); and the characters that
    /// draw as nothing and so hide in text: zero-width and invisible (U+00AD, U+180E, U+200B–U+200D, U+2060–U+2064,
    /// U+206A–U+206F, U+FEFF), fillers (U+115F, U+1160, U+3164, U+FFA0, U+17B4, U+17B5), interlinear annotation
    /// (U+FFF9–U+FFFB), musical formatting (U+1D173–U+1D17A) and tags (U+E0000–U+E007F).
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
        case 0x00AD, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x2028, 0x2029, 0x202A...0x202E,
             0x2060...0x2064, 0x2066...0x206F, 0x3164, 0xFEFF, 0xFFA0, 0xFFF9...0xFFFB, 0x1D173...0x1D17A, 0xE0000...0xE007F:
            return true
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
