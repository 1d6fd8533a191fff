import KansaCore

/// How wide a table prints, estimated in ems of the body's font (a wide character is one em, a narrow one half): to
/// choose between a portrait and a landscape A4 page, and to split a table that no page can hold into several that
/// each repeat the key columns.
struct PrintedWidth {
    /// What a table may take on a portrait page: 178 mm between the margins at 10.5 pt, less the table's indent and
    /// some room to spare.
    static let portrait = 46.0
    /// The same on a landscape page: 265 mm.
    static let landscape = 69.0
    /// What a column takes besides its text: padding and rules.
    static let columnOverhead = 1.0
    /// What a key column keeps at least (an item's wording), so that it reads as lines, not a column of characters.
    static let keyColumn = 12.0
    /// What any other column of prose keeps at least.
    static let textColumn = 3.0

    /// ○ △ × count one em, as Japanese fonts draw them.
    let breaking = LineBreaking(width: CharacterWidth(ambiguousIsWide: true))

    /// The narrowest a column can print: its title's widest phrase as the HTML keeps it (a name whole), its cells'
    /// widest name, and for prose the least it keeps to stay readable.
    func minimum(_ table: ReportTable, column: Int) -> Double {
        let spec = table.columns[column]
        var columns = breaking.measure(spec.title, inPhrases: Array(spec.titleSplits.prefix(1))).minimum
        let key = column < table.keyColumns
        let splits = spec.cellSplits
        for row in table.rows where column < (row.spanFrom ?? row.cells.count) && column < row.cells.count {
            let text = row.cells[column]
            if !splits.isEmpty {
                columns = max(columns, breaking.measure(text, inPhrases: splits).minimum)
            } else {
                let measured = breaking.measure(text)
                let floor = Int(2 * (key ? Self.keyColumn : Self.textColumn))
                columns = max(columns, measured.minimum, min(measured.natural, floor))
            }
        }
        return Double(columns) / 2 + Self.columnOverhead
    }

    /// The narrowest each column of the table can print.
    func minimums(_ table: ReportTable) -> [Double] {
        table.columns.indices.map { minimum(table, column: $0) }
    }

    /// How wide a column prints with room enough: its title's and its cells' longest line.
    func natural(_ table: ReportTable, column: Int) -> Double {
        let spec = table.columns[column]
        var columns = breaking.measure(spec.title, inPhrases: Array(spec.titleSplits.prefix(1))).natural
        let splits = spec.cellSplits
        for row in table.rows where column < (row.spanFrom ?? row.cells.count) && column < row.cells.count {
            columns = max(columns, breaking.measure(row.cells[column], inPhrases: splits).natural)
        }
        return Double(columns) / 2 + Self.columnOverhead
    }

    /// How wide each column prints on `page`, as the text layout shares a width: its natural width when the whole
    /// table fits; else what the others leave to a column that fills the page, or a share of the rest to each column
    /// in proportion to what it lacks.
    func widths(_ table: ReportTable, minimums: [Double], fitting page: Double) -> [Double] {
        func halfEms(_ width: Double) -> Int { Int((width * 2).rounded(.up)) }
        let natural = table.columns.indices.map { halfEms(self.natural(table, column: $0)) }
        let minimum = minimums.map(halfEms)
        let available = Int(page * 2)
        let widths = table.columns.firstIndex(where: \.fillsPage).map {
            TableLayout.fill($0, natural: natural, minimum: minimum, available: available)
        } ?? TableLayout.share(natural: natural, minimum: minimum, available: available)
        return widths.map { Double($0) / 2 }
    }

    /// The table whole when it fits `page`, else split into tables that each repeat the key columns and fit.
    func groups(_ table: ReportTable, minimums: [Double], fitting page: Double) -> [ReportTable] {
        guard minimums.reduce(0, +) > page, table.columns.count > table.keyColumns + 1 else { return [table] }
        let keys = minimums.prefix(table.keyColumns).reduce(0, +)
        return ColumnGroups.split(table.keyColumns..<table.columns.count) { group in
            keys + group.reduce(0) { $0 + minimums[$1] } <= page
        }.map(table.keepingKeyColumns(and:))
    }
}
