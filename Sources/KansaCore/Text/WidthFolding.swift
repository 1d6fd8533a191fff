extension String {
    /// The text with full-width ASCII (`ＵＳＢ`, `８：４８`, `－２ｍ`), the ideographic space and the minus sign
    /// folded to their ASCII forms, as an input method may type either.
    public var foldingWidth: String {
        guard unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 || $0.value == 0x2212 }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
            case 0x3000: " "
            case 0x2212: "-"
            default: scalar
            }
        }))
    }

    /// The text as a search compares it: full-width letters and digits as half-width, any case as lower case
    /// (`ＵＳＢ` finds `usb`).
    public var foldedForSearch: String {
        foldingWidth.lowercased()
    }
}
