/// The report as GitHub-flavoured Markdown: headings, lists and pipe tables, every text escaped so that
/// nothing in a document turns into markup, a link, an image or raw HTML, GFM's autolinks included.
public enum MarkdownExport {
    public static func render(_ report: Report) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The file's UTF-8. It is written as bytes, not appended to `String`s, as a large audit's matrix is tens of
    /// thousands of cells, each escaped and set between pipes. Blocks are separated by a blank line, parts by `---`.
    static func bytes(_ report: Report) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        var started = false
        func separate() {
            if started { out += [0x0A, 0x0A] }
            started = true
        }
        for (index, part) in report.parts.enumerated() {
            if index > 0 {
                separate()
                out.append(utf8: "---")
            }
            for block in part.blocks {
                separate()
                render(block, to: &out)
            }
        }
        out.append(0x0A)
        return out
    }

    static func render(_ block: ReportBlock, to out: inout [UInt8]) {
        switch block {
        case .title(let text):
            out.append(utf8: "# ")
            appendInline(text, to: &out)
        case .heading(let text, let level):
            out += Array(repeating: UInt8(ascii: "#"), count: min(level + 1, 6))
            out.append(UInt8(ascii: " "))
            appendInline(text, to: &out)
        case .paragraph(let text), .names(let text), .note(let text):
            appendEscaped(text, lineBreak: Array("\\\n".utf8), to: &out)
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x0A) }
                out += Array(repeating: UInt8(ascii: " "), count: 2 * item.level)
                out.append(utf8: "- ")
                if item.marker != "・" {
                    appendEscaped(item.marker, to: &out)
                    out.append(UInt8(ascii: " "))
                }
                appendInline(item.text, to: &out)
            }
        case .table(let table):
            if let caption = table.caption {
                appendInline(caption, to: &out)
                out += [0x0A, 0x0A]
            }
            appendRow(table.columns.map(\.title), to: &out)
            out.append(0x0A)
            out.append(UInt8(ascii: "|"))
            for column in table.columns {
                switch column.alignment {
                case .leading: out.append(utf8: " --- |")
                case .center: out.append(utf8: " :---: |")
                case .trailing: out.append(utf8: " ---: |")
                }
            }
            for tableRow in table.rows {
                var cells = tableRow.cells
                if let span = tableRow.spanFrom {
                    cells = Array(cells.prefix(span)) + [cells.last ?? ""]
                }
                cells += Array(repeating: "", count: max(0, table.columns.count - cells.count))
                out.append(0x0A)
                appendRow(cells, to: &out)
            }
        }
    }

    /// A table row: each cell escaped, its line breaks as `<br>`, between pipes.
    static func appendRow(_ cells: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "|"))
        for text in cells {
            out.append(UInt8(ascii: " "))
            appendEscaped(text, lineBreak: Array("<br>".utf8), to: &out)
            out.append(utf8: " |")
        }
    }

    /// One line of text: line breaks become spaces.
    static func appendInline(_ text: String, to out: inout [UInt8]) {
        guard text.containsLineFeed else { return appendEscaped(text, to: &out) }
        appendEscaped(text.split(separator: "\n").joined(separator: " "), to: &out)
    }

    /// Whether a byte may need a backslash: Markdown's punctuation, `&`, a line break, and what may take part in
    /// an autolink (`:`, `.`, `@`); at a line's start also what begins a heading, a list, a rule or a numbered list,
    /// and the spaces that may stand before them.
    static func needsEscape(_ byte: UInt8, atLineStart: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
             UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "@"), 0x0A:
            return true
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: " "), 0x09:
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
    /// is found in the text after escapes and entities are resolved, and only another node splits it. A line
    /// break in the text is written as `lineBreak` (`\` and a line feed in a paragraph, `<br>` in a table
    /// cell), and what follows it is escaped as a line's start.
    static func appendEscaped(_ text: String, lineBreak: [UInt8] = [0x0A], to out: inout [UInt8]) {
        // Every character that takes an escape is ASCII, so the text is read as bytes and runs of other bytes
        // (Japanese above all) are copied as they are.
        var source = text
        source.withUTF8 { bytes in
            if let first = bytes.first, !needsEscape(first, atLineStart: true),
               !bytes.contains(where: { needsEscape($0, atLineStart: false) }) {
                out.append(contentsOf: bytes)
                return
            }
            var lineStart = true
            var index = 0
            func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
            while index < bytes.count {
                let byte = bytes[index]
                if lineStart {
                    // What begins a block may stand after spaces: they are kept, and the first other character
                    // is looked at. (`>` needs nothing here: it is escaped wherever it stands.)
                    if byte == UInt8(ascii: " ") || byte == 0x09 {
                        out.append(byte)
                        index += 1
                        continue
                    }
                    lineStart = false
                    switch byte {
                    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
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
                    out += lineBreak
                    lineStart = true
                default: out.append(byte)
                }
                index += 1
            }
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
