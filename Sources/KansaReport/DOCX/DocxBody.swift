import KansaCore

/// The body of the Word document (`word/document.xml`): each part of the report a section of its own, which starts
/// on a new page, landscape where the part asks for it or its tables need the width; every block in the style its
/// kind has in `DocxStyles`.
struct DocxBody {
    private var out: XMLText
    private let width = CharacterWidth(ambiguousIsWide: true)

    private init(capacity: Int) {
        out = XMLText(capacity: capacity)
    }

    /// The document part of `report`.
    static func document(_ report: Report) -> [UInt8] {
        var body = DocxBody(capacity: 1 << 16)
        body.write(report)
        return body.out.bytes
    }

    private mutating func write(_ report: Report) {
        out.markup("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            """)
        for (index, part) in report.parts.enumerated() {
            var grid = DocxTableGrid(part)
            let page = DocxPage(landscape: part.landscape || grid.needsLandscape)
            var afterTable = false
            for (position, block) in part.blocks.enumerated() {
                let next = position + 1 < part.blocks.count ? part.blocks[position + 1] : nil
                var beforeNote = false
                if case .note = next { beforeNote = true }
                write(block, grid: &grid, page: page, afterTable: afterTable, beforeNote: beforeNote)
                if case .table = block { afterTable = true } else { afterTable = false }
            }
            if index < report.parts.count - 1 {
                // A section's properties end it, in a paragraph of its own made as small as Word allows, so that it
                // never pushes a blank page after a full one.
                out.markup("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                out.markup("<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>")
                page.write(to: &out)
                out.markup("</w:pPr></w:p>")
            } else {
                if afterTable { out.markup("<w:p/>") }
                page.write(to: &out)
            }
        }
        out.markup("</w:body></w:document>")
    }

    private mutating func write(
        _ block: ReportBlock, grid: inout DocxTableGrid, page: DocxPage, afterTable: Bool, beforeNote: Bool
    ) {
        switch block {
        case .title(let text): paragraph("Title", text)
        case .heading(let text, let level):
            switch level {
            case ...1: paragraph("Heading1", text)
            case 2: paragraph("Heading2", text)
            default: paragraph("Heading3", text)
            }
        case .paragraph(let text), .names(let text): paragraph("BodyText", text)
        case .note(let text): paragraph("TableNote", text)
        case .list(let items): list(items)
        case .table(let table):
            let tables = grid.tables(table, on: page)
            for (n, (table, widths)) in tables.enumerated() {
                if let caption = table.caption {
                    paragraph("Caption", caption)
                } else if afterTable || n > 0 {
                    // Two tables one after the other would join into one.
                    out.markup("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>")
                }
                self.table(table, widths: widths, lastKeptWithNext: beforeNote && n == tables.count - 1)
            }
        }
    }

    /// A paragraph of a style, its text's line breaks kept.
    private mutating func paragraph(_ style: StaticString, _ text: String) {
        out.markup("<w:p><w:pPr><w:pStyle w:val=\"")
        out.markup(style)
        out.markup("\"/></w:pPr>")
        runs(text)
        out.markup("</w:p>")
    }

    /// Items under one another, each marker hanging before its text, a level indented by two ems.
    private mutating func list(_ items: [ReportListItem]) {
        let marker = items.map { width.width(of: $0.marker) }.max() ?? 0
        let hanging = max(2 * DocxPage.em, (marker + 2) * DocxPage.em / 2)
        for item in items {
            let left = DocxPage.indent + min(item.level, 2) * 2 * DocxPage.em + hanging
            out.markup("<w:p><w:pPr><w:pStyle w:val=\"List\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"")
            out.number(left)
            out.markup("\"/></w:tabs><w:ind w:left=\"")
            out.number(left)
            out.markup("\" w:hanging=\"")
            out.number(hanging)
            out.markup("\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
            out.text(item.marker)
            out.markup("</w:t><w:tab/></w:r>")
            runs(item.text)
            out.markup("</w:p>")
        }
    }

    /// A table with rules all round, a shaded header row repeated on every page, rows never split across pages, and
    /// columns `widths` twips wide. With `lastKeptWithNext` its last row stays on the page of what follows (the
    /// legend). Cells are padded 1 mm a side, less than the em a printed width allows a column besides its text, so
    /// that a narrow column of proportional Latin letters (No) keeps its title whole.
    private mutating func table(_ table: ReportTable, widths: [Int], lastKeptWithNext: Bool) {
        out.markup("<w:tbl><w:tblPr><w:tblW w:w=\"")
        out.number(widths.reduce(0, +))
        out.markup("\" w:type=\"dxa\"/><w:tblInd w:w=\"")
        out.number(DocxPage.indent)
        out.markup("""
            " w:type="dxa"/><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="444444"/>\
            </w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>\
            <w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>\
            </w:tblPr><w:tblGrid>
            """)
        for width in widths {
            out.markup("<w:gridCol w:w=\"")
            out.number(width)
            out.markup("\"/>")
        }
        out.markup("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for (column, width) in zip(table.columns, widths) {
            cellStart(width, span: 1)
            out.markup("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableHeading\"/></w:pPr>")
            runs(column.title)
            out.markup("</w:p></w:tc>")
        }
        out.markup("</w:tr>")
        for (index, row) in table.rows.enumerated() {
            let keptWithNext = lastKeptWithNext && index == table.rows.count - 1
            out.markup("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            let span = min(row.spanFrom ?? widths.count, widths.count)
            for (column, width) in widths.enumerated().prefix(span) {
                let text = column < row.cells.count ? row.cells[column] : ""
                cellStart(width, span: 1)
                cellParagraph(table.columns[column].alignment, keptWithNext: keptWithNext)
                if let verdict = Verdict(rawValue: text) {
                    runs(text, properties: Self.verdictStyle(verdict))
                } else {
                    runs(text)
                }
                out.markup("</w:p></w:tc>")
            }
            if span < widths.count {
                cellStart(widths[span...].reduce(0, +), span: widths.count - span)
                cellParagraph(.center, keptWithNext: keptWithNext)
                runs(row.cells.last ?? "", properties: "<w:rPr><w:b/></w:rPr>")
                out.markup("</w:p></w:tc>")
            }
            out.markup("</w:tr>")
        }
        out.markup("</w:tbl>")
    }

    /// Opens a cell and its properties, leaving them open for a shading.
    private mutating func cellStart(_ width: Int, span: Int) {
        out.markup("<w:tc><w:tcPr><w:tcW w:w=\"")
        out.number(width)
        out.markup("\" w:type=\"dxa\"/>")
        if span > 1 {
            out.markup("<w:gridSpan w:val=\"")
            out.number(span)
            out.markup("\"/>")
        }
    }

    /// Closes a cell's properties and opens its paragraph, aligned as its column.
    private mutating func cellParagraph(_ alignment: ReportColumn.Alignment, keptWithNext: Bool) {
        out.markup(keptWithNext ? "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:keepNext/>" : "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>")
        switch alignment {
        case .leading: break
        case .center: out.markup("<w:jc w:val=\"center\"/>")
        case .trailing: out.markup("<w:jc w:val=\"right\"/>")
        }
        out.markup("</w:pPr>")
    }

    /// A text as runs with the same properties, a line break between its lines.
    private mutating func runs(_ text: String, properties: StaticString = "") {
        guard !text.isEmpty else { return }
        guard text.utf8.contains(0x0A) else {
            run(Substring(text), properties: properties, breakBefore: false)
            return
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            run(line, properties: properties, breakBefore: n > 0)
        }
    }

    private mutating func run(_ line: Substring, properties: StaticString, breakBefore: Bool) {
        out.markup("<w:r>")
        out.markup(properties)
        if breakBefore { out.markup("<w:br/>") }
        if !line.isEmpty {
            out.markup("<w:t xml:space=\"preserve\">")
            out.text(line)
            out.markup("</w:t>")
        }
        out.markup("</w:r>")
    }

    /// The character style of a verdict, coloured as in the HTML export.
    static func verdictStyle(_ verdict: Verdict) -> StaticString {
        switch verdict {
        case .compliant: "<w:rPr><w:rStyle w:val=\"VerdictCompliant\"/></w:rPr>"
        case .improved: "<w:rPr><w:rStyle w:val=\"VerdictImproved\"/></w:rPr>"
        case .needsImprovement: "<w:rPr><w:rStyle w:val=\"VerdictNeedsImprovement\"/></w:rPr>"
        case .notApplicable: "<w:rPr><w:rStyle w:val=\"VerdictNotApplicable\"/></w:rPr>"
        }
    }
}
