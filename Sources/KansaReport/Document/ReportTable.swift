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

/// A column: its heading and how its cells sit.
public struct ReportColumn: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case leading
        case center
        case trailing
    }

    public var title: String
    public var alignment: Alignment

    public init(_ title: String, alignment: Alignment = .leading) {
        self.title = title
        self.alignment = alignment
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
