/// The report as GitHub-flavoured Markdown: headings, lists and pipe tables, every text escaped so that
/// nothing in a document turns into markup, a link, an image or raw HTML, GFM's autolinks included.
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
        case .paragraph(let text), .names(let text), .note(let text):
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
        var line = "|"
        line.reserveCapacity(cells.reduce(0) { $0 + $1.utf8.count + 3 } + 1)
        for text in cells {
            line += " "
            line += cell(text)
            line += " |"
        }
        return line
    }

    /// A table cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        guard text.containsLineFeed else { return escaped(text) }
        return escaped(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    /// One line of text: line breaks become spaces.
    static func inline(_ text: String) -> String {
        guard text.containsLineFeed else { return escaped(text) }
        return escaped(text.split(separator: "\n").joined(separator: " "))
    }

    /// Whether a byte may need a backslash: Markdown's punctuation, `&`, a line break, and what may take part in
    /// an autolink (`:`, `.`, `@`); at a line's start also what begins a heading, a list, a quote or a numbered list.
    static func needsEscape(_ byte: UInt8, atLineStart: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
             UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "@"), 0x0A:
            return true
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return atLineStart
        default:
            return false
        }
    }

    /// Markdown's punctuation escaped with a backslash, `&` as an entity, and a line start that would begin
    /// a heading, a list, a quote or a numbered list made plain.
    ///
    /// GFM's autolinks are broken where they would start, each in a way its renderer does not see through and
    /// that renders as the same text: the `:` of `scheme://` and the `.` of `www.` get a backslash (`http\://`,
    /// `www\.`); the `@` of an e-mail address is a code span (`` a`@`b.example ``), since the e-mail autolink
    /// is found in the text after escapes and entities are resolved, and only another node splits it.
    static func escaped(_ text: String) -> String {
        if let first = text.utf8.first, !needsEscape(first, atLineStart: true),
           !text.utf8Contains(where: { needsEscape($0, atLineStart: false) }) {
            return text
        }
        // Every character that takes an escape is ASCII, so the text is read as bytes and runs of other bytes
        // (Japanese above all) are copied as they are.
        var source = text
        return source.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var lineStart = true
            var index = 0
            func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            while index < bytes.count {
                let byte = bytes[index]
                if lineStart {
                    lineStart = false
                    switch byte {
                    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"):
                        out.append(UInt8(ascii: "\\"))
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        var end = index
                        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
                        if end < bytes.count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")") {
                            out.append(contentsOf: bytes[index..<end])
                            out.append(UInt8(ascii: "\\"))
                            index = end
                            continue
                        }
                    default: break
                    }
                }
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "!"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case UInt8(ascii: ":") where index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/"):
                    out += Array("\\:".utf8)
                case UInt8(ascii: ".") where index >= 3 && bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }):
                    out += Array("\\.".utf8)
                case UInt8(ascii: "@") where index > 0 && index + 1 < bytes.count
                    && isEmailLocal(Unicode.Scalar(bytes[index - 1])) && isEmailDomain(Unicode.Scalar(bytes[index + 1])):
                    out += Array("`@`".utf8)
                case UInt8(ascii: "&"): out += Array("&amp;".utf8)
                case 0x0A:
                    out.append(byte)
                    lineStart = true
                default: out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// What GFM takes for the part of an e-mail address before the `@`.
    static func isEmailLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".+-_".unicodeScalars.contains(scalar))
    }

    /// What GFM takes for the start of an e-mail address's domain.
    static func isEmailDomain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }
}
