import KansaCore

/// The report as plain text for a monospaced font: ASCII rules, wide characters counted as two columns.
public enum TextExport {
    /// Ambiguous characters (○ △ ×) count as wide by default: Japanese fonts draw them full-width.
    public static func render(_ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)) -> String {
        let lines = TextLayout(width: width, rules: .ascii).lines(report, columns: columns)
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for line in lines {
            let utf8 = line.text.utf8
            if utf8.last != 0x20 {
                out += line.text
                out += "\n"
                continue
            }
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
            out.append(contentsOf: line.text[..<end])
            out.append("\n")
        }
        return out
    }
}
