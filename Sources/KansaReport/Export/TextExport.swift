import KansaCore

/// The report as plain text for a monospaced font: ASCII rules, wide characters counted as two columns.
public enum TextExport {
    /// Ambiguous characters (○ △ ×) count as wide by default: Japanese fonts draw them full-width.
    public static func render(_ report: Report, columns: Int = 100, width: CharacterWidth = CharacterWidth(ambiguousIsWide: true)) -> String {
        String(decoding: bytes(report, columns: columns, width: width), as: UTF8.self)
    }

    /// The text's UTF-8, as the file holds it: each line without its trailing spaces.
    static func bytes(_ report: Report, columns: Int, width: CharacterWidth) -> [UInt8] {
        let lines = TextLayout(width: width, rules: .ascii).lines(report, columns: columns)
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            var end = line.utf8.count
            while end > 0, line.utf8[end - 1] == 0x20 { end -= 1 }
            out.append(contentsOf: line.utf8[..<end])
            out.append(0x0A)
        }
        return out
    }
}
