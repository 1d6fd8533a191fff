import KansaCore

/// The report as plain text for a monospaced font: ASCII rules, wide characters counted as two columns.
public enum TextExport {
    /// Ambiguous characters (○ △ ×) count as wide by default: Japanese fonts draw them full-width.
    public static func render(_ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)) -> String {
        TextLayout(width: width, rules: .ascii).lines(report, columns: columns)
            .map { trimmedEnd($0.text) + "\n" }.joined()
    }

    static func trimmedEnd(_ text: String) -> String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return String(text[..<end])
    }
}
