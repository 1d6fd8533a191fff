/// Where the hearing screen's parts go for a terminal size: a pure function of the size.
struct AuditLayout: Equatable {
    var title: Rect
    var banner: Rect?
    var matrix: Rect
    var detail: Rect
    /// Whether the detail pane stands beside the matrix (wide screens) or below it.
    var detailBeside: Bool
    var status: Rect

    /// The smallest terminal the screen is drawn in.
    static let minimumRows = 12
    static let minimumColumns = 50

    /// Columns from which the detail pane goes beside the matrix.
    static let besideFrom = 120

    init(rows: Int, columns: Int, readOnly: Bool) {
        title = Rect(row: 0, column: 0, height: 1, width: columns)
        var top = 1
        if readOnly {
            banner = Rect(row: 1, column: 0, height: 1, width: columns)
            top = 2
        }
        status = Rect(row: rows - 1, column: 0, height: 1, width: columns)
        let body = rows - 1 - top
        if columns >= Self.besideFrom {
            detailBeside = true
            let detailWidth = min(64, columns / 3)
            matrix = Rect(row: top, column: 0, height: body, width: columns - detailWidth)
            detail = Rect(row: top, column: columns - detailWidth, height: body, width: detailWidth)
        } else {
            detailBeside = false
            let detailHeight = max(4, min(8, body / 3))
            matrix = Rect(row: top, column: 0, height: body - detailHeight, width: columns)
            detail = Rect(row: top + body - detailHeight, column: 0, height: detailHeight, width: columns)
        }
    }
}
