import Dispatch
import KansaCore
import Synchronization

/// The report as one self-contained HTML file: inline CSS, no network, an A4 print layout with each part on a
/// new page (a landscape one for the 結果一覧 and when its tables need the width), a Japanese font stack, verdicts coloured; names and
/// the words of a column's title never broken across lines, headings kept with what follows. Every text is escaped.
public enum HTMLExport {
    public static func render(_ report: Report) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The file's UTF-8. It is written as bytes, not appended to a `String`, as a large audit's tables make hundreds
    /// of thousands of pieces; the parts are written side by side, one per core.
    static func bytes(_ report: Report) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        out.append(utf8: """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>
            """)
        appendEscaped(Substring(report.title), to: &out)
        out.append(utf8: """
            </title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """)
        let rendered = Mutex([[UInt8]](repeating: [], count: report.parts.count))
        DispatchQueue.concurrentPerform(iterations: report.parts.count) { index in
            var part: [UInt8] = []
            render(report.parts[index], to: &part)
            rendered.withLock { $0[index] = part }
        }
        for part in rendered.withLock({ $0 }) { out += part }
        out.append(utf8: "</body>\n</html>\n")
        return out
    }

    /// One part as a section of its own, on landscape pages when it is printed so or its tables need the width.
    static func render(_ part: ReportPart, to out: inout [UInt8]) {
        let printed = PrintedWidth()
        let minimums = part.blocks.map { block -> [Double] in
            guard case .table(let table) = block else { return [] }
            return printed.minimums(table)
        }
        let wide = part.landscape || minimums.contains { $0.reduce(0, +) > PrintedWidth.portrait }
        out.append(utf8: wide ? "<section class=\"part wide\">\n" : "<section class=\"part\">\n")
        let page = wide ? PrintedWidth.landscape : PrintedWidth.portrait
        for (block, minimums) in zip(part.blocks, minimums) {
            render(block, pages: { printed.groups($0, minimums: minimums, fitting: page) }, to: &out)
            out.append(0x0A)
        }
        out.append(utf8: "</section>\n")
    }

    static let style = """
        @page { size: A4; margin: 18mm 16mm; }
        @page wide { size: A4 landscape; margin: 16mm 16mm; }
        body { font-family: "Hiragino Mincho ProN", "Yu Mincho", "YuMincho", "Noto Serif CJK JP", "Noto Serif JP", \
        "MS PMincho", serif; font-size: 10.5pt; line-height: 1.6; color: #111; margin: 2em auto; \
        padding: 0 1em; line-break: strict; }
        section.part { max-width: 180mm; margin: 0 auto; }
        section.wide { max-width: 267mm; page: wide; }
        .nw { white-space: nowrap; }
        p.note { break-before: avoid; page-break-before: avoid; }
        h1, h2, h3, h4, caption { font-family: "Hiragino Kaku Gothic ProN", "Yu Gothic", "YuGothic", \
        "Noto Sans CJK JP", "Noto Sans JP", "Meiryo", sans-serif; }
        h1 { font-size: 15pt; text-align: center; margin: 0 0 1.2em; }
        h2 { font-size: 12pt; margin: 1.4em 0 0.4em; }
        h3 { font-size: 11pt; margin: 1em 0 0.3em; }
        h4 { font-size: 10.5pt; margin: 0.6em 0 0.2em 1em; }
        h1, h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        p { margin: 0.3em 0 0.3em 1em; }
        ul { list-style: none; margin: 0.3em 0 0.3em 1em; padding: 0; }
        li { padding-left: 2.2em; text-indent: -2.2em; }
        li.l1 { margin-left: 2em; }
        li.l2 { margin-left: 4em; }
        .marker { display: inline-block; min-width: 2em; text-indent: 0; }
        table { border-collapse: collapse; margin: 0.5em 0 1em 1em; page-break-inside: auto; }
        caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
        th, td { border: 1px solid #444; padding: 0.2em 0.45em; vertical-align: top; }
        th { background: #eee; font-weight: bold; }
        tr { page-break-inside: avoid; }
        td.center, th.center { text-align: center; }
        td:first-child:not(.trailing) { min-width: 8em; }
        td.trailing { text-align: right; }
        td.span { text-align: center; font-weight: bold; letter-spacing: 0.3em; }
        .v-compliant { color: #1a7f37; }
        .v-improved { color: #9a6700; font-weight: bold; }
        .v-needs { color: #cf222e; font-weight: bold; }
        .v-na { color: #6e7781; }
        section.part + section.part { page-break-before: always; break-before: page; }
        @media print { body { margin: 0; padding: 0; } section.part { max-width: none; } }
        """

    /// One block; a table as the tables `pages` splits it into to fit its page.
    static func render(_ block: ReportBlock, pages: (ReportTable) -> [ReportTable], to out: inout [UInt8]) {
        func element(_ open: String, _ text: String, _ close: String) {
            out.append(utf8: open)
            appendLines(text, to: &out)
            out.append(utf8: close)
        }
        switch block {
        case .title(let text):
            element("<h1>", text, "</h1>")
        case .heading(let text, let level):
            let tag = "h\(min(level + 1, 4))"
            element("<\(tag)>", text, "</\(tag)>")
        case .paragraph(let text):
            element("<p>", text, "</p>")
        case .names(let text):
            out.append(utf8: "<p>")
            appendPhrases(text, .names, to: &out)
            out.append(utf8: "</p>")
        case .note(let text):
            element("<p class=\"note\">", text, "</p>")
        case .list(let items):
            out.append(utf8: "<ul>\n")
            for item in items {
                out.append(utf8: "<li class=\"l\(min(item.level, 2))\"><span class=\"marker\">")
                appendEscaped(Substring(item.marker), to: &out)
                out.append(utf8: "</span>")
                appendLines(item.text, to: &out)
                out.append(utf8: "</li>\n")
            }
            out.append(utf8: "</ul>")
        case .table(let table):
            for (n, page) in pages(table).enumerated() {
                if n > 0 { out.append(0x0A) }
                render(page, to: &out)
            }
        }
    }

    /// One HTML table; the first column is kept readable.
    static func render(_ table: ReportTable, to out: inout [UInt8]) {
        out.append(utf8: "<table>\n")
        if let caption = table.caption {
            out.append(utf8: "<caption>")
            appendLines(caption, to: &out)
            out.append(utf8: "</caption>\n")
        }
        out.append(utf8: "<thead><tr>")
        for column in table.columns { appendHeader(column, to: &out) }
        out.append(utf8: "</tr></thead>\n<tbody>\n")
        let splits = table.columns.map(\.cellSplits.first)
        for row in table.rows {
            out.append(utf8: "<tr>")
            let span = row.spanFrom ?? table.columns.count
            for (index, column) in table.columns.enumerated().prefix(span) {
                let text = index < row.cells.count ? row.cells[index] : ""
                appendCell(text, column.alignment, phrasing: splits[index], to: &out)
            }
            if span < table.columns.count {
                out.append(utf8: "<td class=\"span\" colspan=\"\(table.columns.count - span)\">")
                appendLines(row.cells.last ?? "", to: &out)
                out.append(utf8: "</td>")
            }
            out.append(utf8: "</tr>\n")
        }
        out.append(utf8: "</tbody>\n</table>")
    }

    /// A column's title: a name, or a title of one phrase, kept on one line; a longer title breaks only between
    /// its phrases, each kept whole (a short part in brackets too: the page turns landscape when they need it).
    static func appendHeader(_ column: ReportColumn, to out: inout [UInt8]) {
        let center = column.alignment == .center ? ["center"] : []
        let split = column.titleSplits[0]
        let whole = column.title.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { split.phrases($0).count == 1 }
        if whole {
            out.append(utf8: "<th class=\"\((center + ["nw"]).joined(separator: " "))\">")
            appendLines(column.title, to: &out)
        } else {
            out.append(utf8: center.isEmpty ? "<th>" : "<th class=\"center\">")
            appendPhrases(column.title, split, to: &out)
        }
        out.append(utf8: "</th>")
    }

    /// A text in pieces that are never broken (`<span class="nw">`), with a break allowed between them (`<wbr>`).
    static func appendPhrases(_ text: String, _ phrasing: Phrasing, to out: inout [UInt8]) {
        for (n, line) in LineBreaking.lines(of: text).enumerated() {
            if n > 0 { out.append(utf8: "<br>") }
            if phrasing == .names {
                appendNames(line, to: &out)
                continue
            }
            for (m, phrase) in phrasing.phrases(line).enumerated() {
                appendPhrase(phrase, first: m == 0, to: &out)
            }
        }
    }

    static func appendPhrase(_ phrase: Substring, first: Bool, to out: inout [UInt8]) {
        out.append(utf8: first ? "<span class=\"nw\">" : "<wbr><span class=\"nw\">")
        appendEscaped(phrase, to: &out)
        out.append(utf8: "</span>")
    }

    /// `Phrasing.names` read from the line's UTF-8: a name ends after `、` (E3 80 81) or after the space of `, `.
    static func appendNames(_ line: Substring, to out: inout [UInt8]) {
        let utf8 = line.utf8
        var names: [Range<Int>] = []
        utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in bytes.indices {
                let ends = (bytes[i] == 0x81 && i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE3)
                    || (bytes[i] == 0x20 && i >= 1 && bytes[i - 1] == 0x2C)
                if ends {
                    names.append(start..<i + 1)
                    start = i + 1
                }
            }
            if start < bytes.count || names.isEmpty { names.append(start..<bytes.count) }
        }
        if names.isEmpty {
            for (m, phrase) in Phrasing.names(line).enumerated() { appendPhrase(phrase, first: m == 0, to: &out) }
            return
        }
        for (m, name) in names.enumerated() {
            let phrase = line[utf8.index(utf8.startIndex, offsetBy: name.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: name.upperBound)]
            appendPhrase(phrase, first: m == 0, to: &out)
        }
    }

    /// Appends a cell, in pieces kept whole when its column breaks only between phrases.
    static func appendCell(_ text: String, _ alignment: ReportColumn.Alignment, phrasing: Phrasing? = nil, to out: inout [UInt8]) {
        let aligned: String? = switch alignment {
        case .leading: nil
        case .center: "center"
        case .trailing: "trailing"
        }
        switch (aligned, Verdict(rawValue: text).map(verdictClass)) {
        case (nil, nil):
            out.append(utf8: "<td>")
        case (let one?, nil), (nil, let one?):
            out.append(utf8: "<td class=\"")
            out.append(utf8: one)
            out.append(utf8: "\">")
        case (let first?, let second?):
            out.append(utf8: "<td class=\"")
            out.append(utf8: first)
            out.append(0x20)
            out.append(utf8: second)
            out.append(utf8: "\">")
        }
        if let phrasing { appendPhrases(text, phrasing, to: &out) } else { appendLines(text, to: &out) }
        out.append(utf8: "</td>")
    }

    static func verdictClass(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: "v-compliant"
        case .improved: "v-improved"
        case .needsImprovement: "v-needs"
        case .notApplicable: "v-na"
        }
    }

    /// Escaped text with its line breaks as `<br>`.
    static func appendLines(_ text: String, to out: inout [UInt8]) {
        guard text.containsLineFeed else {
            appendEscaped(Substring(text), to: &out)
            return
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { out.append(utf8: "<br>") }
            appendEscaped(line, to: &out)
        }
    }

    /// Appends `text` with `& < > " '` as entities; they are ASCII, so the bytes are escaped one by one.
    static func appendEscaped(_ text: Substring, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in bytes.indices {
                let entity: String
                switch bytes[i] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(utf8: entity)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
