/// The columns of a part's tables, in twips: tables with the same columns (the 結果一覧's sections, the report's
/// table per section) are measured as one, over all their rows, so that their columns line up from table to table
/// as on the seed's sheet; a table too wide for its page is split into tables that each repeat its key columns.
struct DocxTableGrid {
    private let printed = PrintedWidth()
    /// Each kind of table of the part, by its columns: all the rows of such tables, and the narrowest each column
    /// prints.
    private let layouts: [[ReportColumn]: (table: ReportTable, minimums: [Double])]
    /// The widths found for each kind of table, a list per table it is split into.
    private var widths: [[ReportColumn]: [[Int]]] = [:]

    init(_ part: ReportPart) {
        var merged: [[ReportColumn]: ReportTable] = [:]
        for case .table(let table) in part.blocks {
            merged[table.columns, default: ReportTable(columns: table.columns, rows: [], keyColumns: table.keyColumns)]
                .rows += table.rows
        }
        let printed = printed
        layouts = merged.mapValues { ($0, printed.minimums($0)) }
    }

    /// Whether a table of the part needs more than a portrait page's width.
    var needsLandscape: Bool {
        layouts.values.contains { $0.minimums.reduce(0, +) > PrintedWidth.portrait }
    }

    /// The table as the tables that fit `page`, each with its columns' widths.
    mutating func tables(_ table: ReportTable, on page: DocxPage) -> [(table: ReportTable, widths: [Int])] {
        let layout = layouts[table.columns] ?? (table, printed.minimums(table))
        let groups = printed.groups(table, minimums: layout.minimums, fitting: page.tableWidth)
        let widths = self.widths[table.columns] ?? {
            let wholes = groups.count == 1
                ? [layout.table] : printed.groups(layout.table, minimums: layout.minimums, fitting: page.tableWidth)
            return wholes.map { whole in
                let minimums = groups.count == 1 ? layout.minimums : printed.minimums(whole)
                return Self.twips(printed.widths(whole, minimums: minimums, fitting: page.tableWidth), on: page)
            }
        }()
        self.widths[table.columns] = widths
        return Array(zip(groups, widths))
    }

    /// Widths in ems as twips. Latin letters print wider than the half em they are counted as (m, W): where the page
    /// leaves room, each column gets up to a quarter of an em more, so that a narrow one (差: ±0m) keeps its line.
    static func twips(_ widths: [Double], on page: DocxPage) -> [Int] {
        let twips = widths.map { Int($0 * Double(DocxPage.em)) }
        let room = Int(page.tableWidth * Double(DocxPage.em)) - twips.reduce(0, +)
        let slack = twips.isEmpty ? 0 : max(0, min(DocxPage.em / 4, room / twips.count))
        return twips.map { $0 + slack }
    }
}
