extension String {
    /// The text with control characters and escape sequences made visible (`\x1B`), so that a file's text can
    /// never drive the terminal. Line breaks and tabs are kept when `keepingLineBreaks` is true.
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
    /// C0 and C1 controls and DEL; line feed and tab pass when `keepingLineBreaks`.
    public func isControl(keepingLineBreaks: Bool = false) -> Bool {
        if keepingLineBreaks, value == 0x0A || value == 0x09 { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// How a control character is shown: `\x1B`.
    public var escapedControl: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
