/// The report as GitHub-flavoured Markdown: headings, lists and pipe tables, every text escaped so that
/// nothing in a document turns into markup, a link or raw HTML.
public enum MarkdownExport {
    public static func render(_ report: Report) -> String {
        var out: [String] = []
        for (index, part) in report.parts.enumerated() {
            if index > 0 { out.append("---") }
            for block in part.blocks {
                out.append(render(block))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .title(let text):
            return "# " + inline(text)
        case .heading(let text, let level):
            return String(repeating: "#", count: min(level + 1, 6)) + " " + inline(text)
        case .paragraph(let text):
            return escaped(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\\n")
        case .list(let items):
            return items.map { item in
                let marker = item.marker == "・" ? "" : escaped(item.marker) + " "
                return String(repeating: "  ", count: item.level) + "- " + marker + inline(item.text)
            }.joined(separator: "\n")
        case .table(let table):
            var lines: [String] = []
            if let caption = table.caption { lines += [inline(caption), ""] }
            lines.append(row(table.columns.map(\.title)))
            lines.append("|" + table.columns.map { column in
                switch column.alignment {
                case .leading: " --- |"
                case .center: " :---: |"
                case .trailing: " ---: |"
                }
            }.joined())
            for tableRow in table.rows {
                var cells = tableRow.cells
                if let span = tableRow.spanFrom {
                    cells = Array(cells.prefix(span)) + [cells.last ?? ""]
                }
                cells += Array(repeating: "", count: max(0, table.columns.count - cells.count))
                lines.append(row(cells))
            }
            return lines.joined(separator: "\n")
        }
    }

    static func row(_ cells: [String]) -> String {
        "|" + cells.map { " " + cell($0) + " |" }.joined()
    }

    /// A table cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        escaped(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    /// One line of text: line breaks become spaces.
    static func inline(_ text: String) -> String {
        escaped(text.split(separator: "\n").joined(separator: " "))
    }

    /// Markdown's punctuation escaped with a backslash, `&` as an entity, and a line start that would begin
    /// a heading, a list, a quote or a numbered list made plain.
    static func escaped(_ text: String) -> String {
        var out = ""
        var lineStart = true
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if lineStart, "#-+=>".contains(character) || character.isNumber && ordered(text[index...]) {
                if character.isNumber {
                    let digits = text[index...].prefix { $0.isNumber }
                    out += digits + "\\"
                    index = text.index(index, offsetBy: digits.count)
                    lineStart = false
                    continue
                }
                out.append("\\")
            }
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "!": out += "\\" + String(character)
            case "&": out += "&amp;"
            default: out.append(character)
            }
            lineStart = character == "\n"
            index = text.index(after: index)
        }
        return out
    }

    /// Digits followed by `.` or `)`: a numbered list item at a line's start.
    static func ordered(_ text: Substring) -> Bool {
        let rest = text.drop { $0.isNumber && $0.isASCII }
        return rest.count < text.count && (rest.first == "." || rest.first == ")")
    }
}
