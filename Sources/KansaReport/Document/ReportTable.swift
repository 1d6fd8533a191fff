/// A table of a report: its columns, its rows, and a caption above it.
public struct ReportTable: Hashable, Sendable {
    public var caption: String?
    public var columns: [ReportColumn]
    public var rows: [ReportRow]
    /// How many leading columns identify a row; a table too wide for the page is split into several, each
    /// repeating these.
    public var keyColumns: Int

    public init(caption: String? = nil, columns: [ReportColumn], rows: [ReportRow], keyColumns: Int = 1) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.keyColumns = keyColumns
    }
}

extension ReportTable {
    /// The table with its key columns and the columns `group` only; a spanning row keeps its text.
    func keepingKeyColumns(and group: [Int]) -> ReportTable {
        let chosen = Array(0..<keyColumns) + group
        return ReportTable(
            caption: caption,
            columns: chosen.map { columns[$0] },
            rows: rows.map { row in
                guard let span = row.spanFrom else {
                    return ReportRow(chosen.map { $0 < row.cells.count ? row.cells[$0] : "" })
                }
                let before = chosen.filter { $0 < span }
                return ReportRow(
                    before.map { $0 < row.cells.count ? row.cells[$0] : "" } + [row.cells.last ?? ""],
                    spanFrom: before.count < chosen.count ? before.count : nil)
            },
            keyColumns: keyColumns)
    }
}

/// A column: its heading, how its cells sit, and where their lines may break.
public struct ReportColumn: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case leading
        case center
        case trailing
    }

    /// What a column's cells hold, for where their lines may break.
    public enum Content: Hashable, Sendable {
        /// Prose, broken with the line-breaking rules.
        case text
        /// Names joined by `、` or `, ` (the divisions of a row): lines break after a separator, never inside a name.
        case names
        /// Short labels (自動（一部手動）): lines break only between their words, as a title's do (自動|（一部手動）).
        case labels
    }

    public var title: String
    public var alignment: Alignment
    public var content: Content
    /// The title is a name (a division's short name) and never breaks; any other title breaks only between its
    /// phrases (適正に|実施している|課等).
    public var titleIsName: Bool
    /// In plain text the column takes the width the others leave (a table's 課題等): they keep their natural width
    /// while it has room, and it wraps.
    public var fillsPage: Bool

    public init(
        _ title: String, alignment: Alignment = .leading, content: Content = .text, titleIsName: Bool = false,
        fillsPage: Bool = false
    ) {
        self.title = title
        self.alignment = alignment
        self.content = content
        self.titleIsName = titleIsName
        self.fillsPage = fillsPage
    }

    /// How a line of the title splits into the pieces it may break between, coarsest first: a name stays whole;
    /// another title keeps a short part in brackets whole where the line has room, else breaks between its words.
    var titleSplits: [Phrasing] {
        titleIsName ? [.whole] : [.title, .words]
    }

    /// How a line of a cell splits into the pieces it may break between; none for prose.
    var cellSplits: [Phrasing] {
        switch content {
        case .text: []
        case .names: [.names]
        case .labels: [.title, .words]
        }
    }
}

/// A row of cells. A row with `spanFrom` merges the cells from that column to the last into one (the
/// timetable's 停電 and 訓練終了 rows); it then has `spanFrom + 1` cells.
public struct ReportRow: Hashable, Sendable {
    public var cells: [String]
    public var spanFrom: Int?

    public init(_ cells: [String], spanFrom: Int? = nil) {
        self.cells = cells
        self.spanFrom = spanFrom
    }
}
