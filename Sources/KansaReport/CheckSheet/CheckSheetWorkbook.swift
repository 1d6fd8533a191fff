import KansaCore

/// Writes a division's check sheet (`CheckSheet`): the visible sheet to fill in, print-ready on A4 portrait one page
/// wide with its header row on every page and the audit and division in the page header, protected but for the
/// answer and comment cells; then the hidden metadata sheet. Texts are written as the reports show them: control
/// characters escaped (`\x1B`), in the metadata too, so that what is compared on import reads back the same.
enum CheckSheetWorkbook {
    /// Column widths in digit widths: number, item, answer, comment.
    static let widths: [Double] = [7, 52, 17, 34]
    /// Points per line of 10.5-point text, as `ReportSheet` counts them.
    static let lineHeight = 15.0
    /// The cells to fill in are tinted, so that they show on screen and on paper.
    static let inputFill: UInt32 = 0xFFF9E5

    static func build(_ audit: Audit, division: Division, words: CheckSheetWords) throws(ExportFailure) -> [UInt8] {
        let title = audit.title.visibleInReport
        let workbook = try Workbook(title: words.title(title))
        let sheet = try workbook.addSheet(words.sheet)
        let last = CheckSheet.commentColumn
        for (column, width) in widths.enumerated() { sheet.setWidth(width, column: column) }

        var row = 0
        func across(_ text: String, _ style: CellStyle, lines: Int = 1) throws(ExportFailure) {
            try sheet.write(text.visibleInReport, row: row, columns: 0...last, style: style)
            sheet.setHeight(Double(lines) * lineHeight + (style.size > CellStyle.fontSize ? 9 : 3), row: row)
            row += 1
        }
        try across(words.title(title), .title)
        try across(words.division(division.name), .heading)
        try across(words.audit(audit), .text)
        try across(words.instructions, .text, lines: lines(words.instructions, width: widths.reduce(0, +)))

        let header = row
        for (column, title) in [words.number, words.item, words.answer, words.comment].enumerated() {
            try sheet.write(title, row: row, column: column, style: .header)
        }
        sheet.setHeight(lineHeight + 3, row: row)
        row += 1

        var items: [(row: Int, item: AuditItem)] = []
        let answerStyle = CellStyle(alignment: .center, bordered: true, fill: inputFill, unlocked: true)
        let commentStyle = CellStyle(bordered: true, fill: inputFill, unlocked: true)
        for section in audit.sections where !section.items.isEmpty {
            try sheet.write(section.heading.visibleInReport, row: row, columns: 0...last, style: CellStyle(bold: true, wraps: false, bordered: true, fill: 0xEDEDED))
            sheet.setHeight(lineHeight + 3, row: row)
            row += 1
            let first = row
            for item in section.items {
                let text = (item.explanation.isEmpty ? item.title : item.title + "\n" + item.explanation).visibleInReport
                try sheet.write(item.number.visibleInReport, row: row, column: CheckSheet.numberColumn, style: .cell(.center))
                try sheet.write(text, row: row, column: CheckSheet.itemColumn, style: .cell(.leading))
                try sheet.writeBlank(row: row, column: CheckSheet.answerColumn, style: answerStyle)
                try sheet.writeBlank(row: row, column: CheckSheet.commentColumn, style: commentStyle)
                // Two lines at least: room to write a comment in.
                sheet.setHeight(Double(max(2, lines(text, width: widths[CheckSheet.itemColumn]))) * lineHeight + 3, row: row)
                items.append((row, item))
                row += 1
            }
            try sheet.dropDown(
                rows: first...(row - 1), column: CheckSheet.answerColumn, choices: SelfAssessment.Answer.allCases.map(\.rawValue),
                prompt: (words.promptTitle, words.prompt), refusal: (words.refusalTitle, words.refusal))
        }
        sheet.freeze(row: header + 1, column: 0)
        sheet.setUpPrinting(landscape: false, repeating: header...header)
        sheet.setPageHeader(left: title, right: division.name.visibleInReport)
        sheet.protect()

        let metadata = try workbook.addSheet(CheckSheet.metadataSheet)
        let rows: [[String]] = [
            [CheckSheet.marker, CheckSheet.version],
            ["audit", title],
            ["fiscalYear", String(audit.fiscalYear)],
            ["period", audit.period.visibleInReport],
            ["division", division.id.rawValue, division.name.visibleInReport],
            ["sheet", words.sheet],
        ] + items.map { ["item", String($0.row + 1), $0.item.id.rawValue, $0.item.number.visibleInReport] }
        for (r, values) in rows.enumerated() {
            for (column, value) in values.enumerated() { try metadata.write(value, row: r, column: column, style: CellStyle(wraps: false)) }
        }
        metadata.hide()
        metadata.protect()
        return try workbook.bytes()
    }

    /// The lines a text takes in a column of `width` digit widths, as `ReportSheet` counts them.
    private static func lines(_ text: String, width: Double) -> Int {
        let measure = CharacterWidth(ambiguousIsWide: true)
        let room = max(1, Int((width - 1) * ReportSheet.charactersPerWidth))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, (measure.width(of: $0) + room - 1) / room) }.reduce(0, +)
    }
}
