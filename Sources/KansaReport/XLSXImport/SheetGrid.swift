import KansaCore

/// A sheet's cells by row, with merged ranges taken into account: a cell covered by a merge reads as the merge's
/// top-left cell, as it looks on screen.
struct SheetGrid {
    /// What a cell holds, as the import can use it.
    enum Value: Equatable {
        case text(String)
        /// A value the import will not take (a formula without a saved value, an error, a link), and why.
        case unusable(BilingualText)
    }

    /// The sheet's name, as problems name it: `結果一覧!D12`.
    let sheet: String
    /// The rows that hold a value or are covered by a merge, in order.
    let rowNumbers: [Int]
    private let cells: [CellReference: Value]
    /// For each cell covered by a merge but its top left, that top left.
    private let anchors: [CellReference: CellReference]
    /// The rightmost column of each row that holds something.
    private let lastColumns: [Int: Int]

    /// The cells a merge may fill in all: beyond it the file is refused, not read.
    static let mergedCellLimit = 1_000_000

    init(sheet: String, cells: [CellReference: Value], merges: [(from: CellReference, to: CellReference)]) throws(WorkbookProblem) {
        self.sheet = sheet
        self.cells = cells
        var lastRow = 0
        var lastColumn = 0
        for reference in cells.keys {
            lastRow = max(lastRow, reference.row)
            lastColumn = max(lastColumn, reference.column)
        }
        var anchors: [CellReference: CellReference] = [:]
        for (from, to) in merges where cells[from] != nil {
            let rows = from.row...min(to.row, lastRow)
            let columns = from.column...min(to.column, lastColumn)
            guard anchors.count + rows.count * columns.count <= Self.mergedCellLimit else {
                throw WorkbookProblem(sheet, "merged ranges cover more than \(Self.mergedCellLimit) cells",
                                      "結合セルが \(Self.mergedCellLimit) セルを超えています")
            }
            for row in rows {
                for column in columns where row != from.row || column != from.column {
                    anchors[CellReference(row: row, column: column)] = from
                }
            }
        }
        self.anchors = anchors
        var lastColumns: [Int: Int] = [:]
        for reference in Array(cells.keys) + Array(anchors.keys) {
            lastColumns[reference.row] = max(lastColumns[reference.row] ?? 0, reference.column)
        }
        self.lastColumns = lastColumns
        rowNumbers = lastColumns.keys.sorted()
    }

    /// The value seen at a cell; nil for an empty one.
    func value(_ row: Int, _ column: Int) -> Value? {
        let reference = CellReference(row: row, column: column)
        if let value = cells[reference] { return value }
        return anchors[reference].flatMap { cells[$0] }
    }

    /// The trimmed text seen at a cell, empty for an empty one; an unusable value is a problem at that cell.
    func text(_ row: Int, _ column: Int) throws(WorkbookProblem) -> String {
        switch value(row, column) {
        case nil: return ""
        case .text(let text): return text.trimmingWhitespace
        case .unusable(let why): throw WorkbookProblem(place(row, column), why.en, why.ja)
        }
    }

    /// Whether nothing but blanks is seen at a cell; an unusable value is not empty.
    func isEmpty(_ row: Int, _ column: Int) -> Bool {
        guard case .text(let text)? = value(row, column) else { return value(row, column) == nil }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Whether the cell holds a value of its own, not one a merge spreads over it.
    func holdsOwnValue(_ row: Int, _ column: Int) -> Bool {
        cells[CellReference(row: row, column: column)] != nil
    }

    /// The columns of a row that hold something, left to right.
    func columns(of row: Int) -> ClosedRange<Int>? {
        lastColumns[row].map { 0...$0 }
    }

    /// `結果一覧!D12`
    func place(_ row: Int, _ column: Int) -> String {
        sheet + "!" + CellReference(row: row, column: column).name
    }
}
