import KansaCore

/// Report blocks laid out down a sheet: titles, headings, paragraphs and lists across the whole sheet; each table
/// as its header row and its rows, a spanning row merged, a table narrower than the sheet with its last column
/// merged to the sheet's right edge. Columns are as wide as their text up to a limit (`widestColumn` unless told),
/// past which it wraps; each row is as tall as its wrapped lines.
struct ReportSheet {
    /// The widest a column gets, in digit widths (a full-width character is two); its text wraps beyond.
    static let widestColumn = 48
    static let narrowestColumn = 4
    /// The widest a column gets for its header alone, which wraps beyond (各課調達システムサーバ（関係各課）).
    static let widestHeader = 24
    /// Points per line of 10.5-point Japanese text.
    static let lineHeight = 15.0
    /// How many characters of width fit in a column of that width: a full-width character counted two takes a
    /// little less than two digits in a Japanese font.
    static let charactersPerWidth = 1.1

    /// The header row of the first table: the one to freeze and to print on every page.
    private(set) var firstHeaderRow: Int?
    /// The rows of notes (the legend of the verdicts after the matrix).
    private(set) var noteRows: [Int] = []
    /// The row after the last one written.
    private(set) var rowCount = 0

    private let sheet: Sheet
    private let coloursVerdicts: Bool
    private let measure = CharacterWidth(ambiguousIsWide: true)
    private let widths: [Int]

    /// Writes `blocks` onto `sheet`, no column wider than `widest`; with `coloursVerdicts`, a centred cell that
    /// holds only ○ △ × or － is coloured as its verdict.
    init(
        _ blocks: [ReportBlock], on sheet: Sheet, widest: Int = widestColumn, coloursVerdicts: Bool = false
    ) throws(ExportFailure) {
        self.sheet = sheet
        self.coloursVerdicts = coloursVerdicts
        widths = Self.columnWidths(blocks, widest: widest, measure: measure)
        for (column, width) in widths.enumerated() { sheet.setWidth(Double(width), column: column) }
        for block in blocks { try write(block) }
    }

    /// Each sheet column's width: the widest line of its header and cells, within the limits. A table's last column
    /// merged across the columns it lacks counts for none of them.
    private static func columnWidths(_ blocks: [ReportBlock], widest limit: Int, measure: CharacterWidth) -> [Int] {
        let tables = blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        let count = max(1, tables.map(\.columns.count).max() ?? 1)
        var widths = [Int](repeating: narrowestColumn, count: count)
        func widest(_ text: String) -> Int {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { measure.width(of: $0) }.max() ?? 0
        }
        for table in tables {
            let own = table.columns.count < count ? table.columns.count - 1 : table.columns.count
            for column in 0..<own {
                var width = min(widestHeader, widest(table.columns[column].title))
                for row in table.rows where column < row.cells.count && (row.spanFrom.map { column < $0 } ?? true) {
                    width = max(width, widest(row.cells[column]))
                }
                widths[column] = max(widths[column], min(limit, width + 2))
            }
        }
        return widths
    }

    private var lastColumn: Int { widths.count - 1 }

    private mutating func write(_ block: ReportBlock) throws(ExportFailure) {
        switch block {
        case .title(let text):
            try across(text, style: .title, gapBefore: true, height: 24)
        case .heading(let text, _):
            try across(text, style: .heading, gapBefore: true, height: 20)
        case .paragraph(let text), .names(let text):
            try across(text, style: .text, gapBefore: false, height: nil)
        case .note(let text):
            noteRows.append(rowCount)
            try across(text, style: .text, gapBefore: false, height: nil)
        case .list(let items):
            for item in items {
                let indent = String(repeating: "　", count: item.level)
                try across(indent + item.marker + " " + item.text, style: .text, gapBefore: false, height: nil)
            }
        case .table(let table):
            try write(table)
        }
    }

    /// One row merged across the sheet; a blank row before it unless it is the first.
    private mutating func across(_ text: String, style: CellStyle, gapBefore: Bool, height: Double?) throws(ExportFailure) {
        if gapBefore, rowCount > 0 { rowCount += 1 }
        try sheet.write(text, row: rowCount, columns: 0...lastColumn, style: style)
        sheet.setHeight(height ?? rowHeight([(text, 0...lastColumn)]), row: rowCount)
        rowCount += 1
    }

    private mutating func write(_ table: ReportTable) throws(ExportFailure) {
        if let caption = table.caption {
            try across(caption, style: CellStyle(bold: true, wraps: false), gapBefore: true, height: nil)
        }
        let count = table.columns.count
        func span(_ column: Int) -> ClosedRange<Int> { column == count - 1 ? column...max(column, lastColumn) : column...column }
        if firstHeaderRow == nil { firstHeaderRow = rowCount }
        var placed: [(String, ClosedRange<Int>)] = []
        for (column, title) in table.columns.map(\.title).enumerated() {
            try sheet.write(title, row: rowCount, columns: span(column), style: .header)
            placed.append((title, span(column)))
        }
        sheet.setHeight(rowHeight(placed), row: rowCount)
        rowCount += 1
        for row in table.rows {
            placed = []
            for (column, text) in row.cells.enumerated() {
                if let from = row.spanFrom, column == from {
                    try sheet.write(text, row: rowCount, columns: column...lastColumn, style: CellStyle(bold: true, alignment: .center, bordered: true))
                    placed.append((text, column...lastColumn))
                    break
                }
                guard column < count else { break }
                try sheet.write(text, row: rowCount, columns: span(column), style: style(text, table.columns[column]))
                placed.append((text, span(column)))
            }
            sheet.setHeight(rowHeight(placed), row: rowCount)
            rowCount += 1
        }
    }

    private func style(_ text: String, _ column: ReportColumn) -> CellStyle {
        if coloursVerdicts, column.alignment == .center, let verdict = Verdict(rawValue: text) { return .verdict(verdict) }
        return .cell(column.alignment)
    }

    /// The height of a row whose cells hold these texts across these columns: its most wrapped cell's lines.
    private func rowHeight(_ cells: [(String, ClosedRange<Int>)]) -> Double {
        let lines = cells.map { text, columns in
            let room = max(1, Int(Double(columns.map { widths[$0] }.reduce(0, +) - 1) * Self.charactersPerWidth))
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { max(1, (measure.width(of: $0) + room - 1) / room) }.reduce(0, +)
        }.max() ?? 1
        return Double(max(1, lines)) * Self.lineHeight + 3
    }
}
