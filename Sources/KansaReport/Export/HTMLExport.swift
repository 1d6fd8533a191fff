import KansaCore

/// The report as one self-contained HTML file: inline CSS, no network, an A4 print layout with each part on a
/// new page (a landscape one for the 結果一覧 and when its tables need the width), a Japanese font stack, verdicts coloured; names and
/// the words of a column's title never broken across lines, headings kept with what follows. Every text is escaped.
public enum HTMLExport {
    public static func render(_ report: Report) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(report.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(report.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>

            """
        let printed = PrintedWidth()
        for part in report.parts {
            let minimums = part.blocks.map { block -> [Double] in
                guard case .table(let table) = block else { return [] }
                return printed.minimums(table)
            }
            let wide = part.landscape || minimums.contains { $0.reduce(0, +) > PrintedWidth.portrait }
            out += wide ? "<section class=\"part wide\">\n" : "<section class=\"part\">\n"
            let page = wide ? PrintedWidth.landscape : PrintedWidth.portrait
            for (block, minimums) in zip(part.blocks, minimums) {
                out += render(block) { printed.groups($0, minimums: minimums, fitting: page) } + "\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
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
    static func render(_ block: ReportBlock, pages: (ReportTable) -> [ReportTable]) -> String {
        switch block {
        case .title(let text):
            return "<h1>\(lines(text))</h1>"
        case .heading(let text, let level):
            let tag = "h\(min(level + 1, 4))"
            return "<\(tag)>\(lines(text))</\(tag)>"
        case .paragraph(let text):
            return "<p>\(lines(text))</p>"
        case .names(let text):
            return "<p>\(phrases(text, .names))</p>"
        case .note(let text):
            return "<p class=\"note\">\(lines(text))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { item in
                "<li class=\"l\(min(item.level, 2))\"><span class=\"marker\">\(escaped(item.marker))</span>\(lines(item.text))</li>\n"
            }.joined() + "</ul>"
        case .table(let table):
            return pages(table).map(render).joined(separator: "\n")
        }
    }

    /// One HTML table; the first column is kept readable.
    static func render(_ table: ReportTable) -> String {
        var out = "<table>\n"
        if let caption = table.caption { out += "<caption>\(lines(caption))</caption>\n" }
        out += "<thead><tr>" + table.columns.map(header).joined() + "</tr></thead>\n<tbody>\n"
        let splits = table.columns.map(\.cellSplits.first)
        for row in table.rows {
            out += "<tr>"
            let span = row.spanFrom ?? table.columns.count
            for (index, column) in table.columns.enumerated().prefix(span) {
                let text = index < row.cells.count ? row.cells[index] : ""
                appendCell(text, column.alignment, phrasing: splits[index], to: &out)
            }
            if span < table.columns.count {
                out += "<td class=\"span\" colspan=\"\(table.columns.count - span)\">\(lines(row.cells.last ?? ""))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }

    /// A column's title: a name, or a title of one phrase, kept on one line; a longer title breaks only between
    /// its phrases, each kept whole (a short part in brackets too: the page turns landscape when they need it).
    static func header(_ column: ReportColumn) -> String {
        let center = column.alignment == .center ? ["center"] : []
        let split = column.titleSplits[0]
        let whole = column.title.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { split.phrases($0).count == 1 }
        if whole { return "<th class=\"\((center + ["nw"]).joined(separator: " "))\">\(lines(column.title))</th>" }
        let attribute = center.isEmpty ? "" : " class=\"center\""
        return "<th\(attribute)>\(phrases(column.title, split))</th>"
    }

    /// A text in pieces that are never broken (`<span class="nw">`), with a break allowed between them (`<wbr>`).
    static func phrases(_ text: String, _ phrasing: Phrasing) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        appendPhrases(text, phrasing, to: &out)
        return out
    }

    static func appendPhrases(_ text: String, _ phrasing: Phrasing, to out: inout String) {
        for (n, line) in LineBreaking.lines(of: text).enumerated() {
            if n > 0 { out += "<br>" }
            for (m, phrase) in phrasing.phrases(line).enumerated() {
                out += m > 0 ? "<wbr><span class=\"nw\">" : "<span class=\"nw\">"
                appendEscaped(phrase, to: &out)
                out += "</span>"
            }
        }
    }

    /// Appends a cell, in pieces kept whole when its column breaks only between phrases: written straight into
    /// the table's text, as a table of the 60 × 300 audit has tens of thousands of them.
    static func appendCell(_ text: String, _ alignment: ReportColumn.Alignment, phrasing: Phrasing? = nil, to out: inout String) {
        let aligned: String? = switch alignment {
        case .leading: nil
        case .center: "center"
        case .trailing: "trailing"
        }
        switch (aligned, Verdict(rawValue: text).map(verdictClass)) {
        case (nil, nil):
            out += "<td>"
        case (let one?, nil), (nil, let one?):
            out += "<td class=\""
            out += one
            out += "\">"
        case (let first?, let second?):
            out += "<td class=\""
            out += first
            out += " "
            out += second
            out += "\">"
        }
        if let phrasing { appendPhrases(text, phrasing, to: &out) } else { appendLines(text, to: &out) }
        out += "</td>"
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
    static func lines(_ text: String) -> String {
        guard text.containsLineFeed else { return escaped(text) }
        var out = ""
        appendLines(text, to: &out)
        return out
    }

    static func appendLines(_ text: String, to out: inout String) {
        guard text.containsLineFeed else {
            appendEscaped(Substring(text), to: &out)
            return
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { out += "<br>" }
            appendEscaped(line, to: &out)
        }
    }

    /// `& < > " '` as entities.
    static func escaped(_ text: String) -> String {
        guard text.utf8Contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        appendEscaped(Substring(text), to: &out)
        return out
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// Appends `text` escaped, straight from the substring when it needs nothing escaped.
    static func appendEscaped(_ text: Substring, to out: inout String) {
        guard text.utf8Contains(where: needsEscape) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
