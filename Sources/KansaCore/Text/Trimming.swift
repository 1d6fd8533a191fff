/// Trimming read scalar by scalar from the Unicode properties, without Foundation's `NSString` path.
extension StringProtocol {
    /// The text without white space (half or full width) or line breaks at either end.
    public var trimmingWhitespace: String {
        trimming { $0.properties.isWhitespace }
    }

    /// The text without spaces (half or full width) or tabs at either end; line breaks stay.
    public var trimmingSpaces: String {
        trimming { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without line breaks at either end; spaces (a paragraph's full-width indent) stay.
    public var trimmingLineBreaks: String {
        trimming { "\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, drop(first) || drop(last) else { return String(self) }
        guard let start = scalars.firstIndex(where: { !drop($0) }), let end = scalars.lastIndex(where: { !drop($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
