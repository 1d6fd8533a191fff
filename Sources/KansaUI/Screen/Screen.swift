import KansaCore

/// One frame: a grid of cells. A wide character sits in its first cell and covers the next; a character that
/// does not fit is dropped, never split.
public struct Screen: Equatable, Sendable {
    /// One column of the screen: a Unicode scalar (or a longer grapheme kept aside) and its style.
    public struct Cell: Equatable, Sendable {
        /// The scalar drawn here; `Cell.covered` in the second column of a wide character; with the top bit
        /// set, the index of a grapheme of several scalars in `graphemes`.
        public var code: UInt32
        public var style: Style

        public static let covered: UInt32 = 0
        public static let graphemeFlag: UInt32 = 0x8000_0000
        public static let blank = Cell(code: 0x20, style: .normal)

        public init(code: UInt32, style: Style) {
            self.code = code
            self.style = style
        }
    }

    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]
    /// Graphemes of more than one scalar (a letter with a combining mark), which cells point at.
    public private(set) var graphemes: [String] = []
    /// Where the terminal's cursor stands (a line editor's caret), or nil to hide it.
    public var cursor: (row: Int, column: Int)?
    public let width: CharacterWidth

    public init(rows: Int, columns: Int, width: CharacterWidth = CharacterWidth()) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.width = width
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.cells == rhs.cells && lhs.graphemes == rhs.graphemes
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// The text drawn in a cell: nil in the covered half of a wide character.
    public func text(of cell: Cell) -> String? {
        if cell.code == Cell.covered { return nil }
        if cell.code & Cell.graphemeFlag != 0 { return graphemes[Int(cell.code & ~Cell.graphemeFlag)] }
        return String(Character(Unicode.Scalar(cell.code)!))
    }

    /// The character drawn at a position: nil in the covered half of a wide character.
    /// The style of the cell at (`row`, `column`).
    public func style(row: Int, column: Int) -> Style {
        cells[row * columns + column].style
    }

    public func character(row: Int, column: Int) -> Character? {
        text(of: self[row, column]).map { Character($0) }
    }

    private func cellWidth(_ cell: Cell) -> Int {
        if cell.code == Cell.covered { return 0 }
        if cell.code & Cell.graphemeFlag != 0 { return width.width(of: Character(graphemes[Int(cell.code & ~Cell.graphemeFlag)])) }
        return width.width(of: Unicode.Scalar(cell.code)!)
    }

    /// Clears the other half of a wide character that a write at `column` breaks.
    private mutating func unsplit(row: Int, column: Int) {
        guard column >= 0, column < columns else { return }
        let i = row * columns + column
        if cells[i].code == Cell.covered, column > 0 {
            cells[i - 1] = Cell(code: 0x20, style: cells[i - 1].style)
            cells[i] = Cell(code: 0x20, style: cells[i].style)
        } else if column + 1 < columns, cells[i + 1].code == Cell.covered, cellWidth(cells[i]) == 2 {
            cells[i + 1] = Cell(code: 0x20, style: cells[i].style)
        }
    }

    /// Writes `text` from (`row`, `column`), at most `limit` columns (to the right edge by default).
    /// Control characters are shown escaped (`\x1B`). Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let end = min(columns, column + (limit ?? columns))
        var c = max(0, column)
        var previous = -1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var w = 1
            // Printable ASCII, most of what is written, takes one column and is never escaped.
            if v < 0x20 || v >= 0x7F {
                w = width.width(of: scalar)
                // Only a control character is wider than two columns: it is measured as its escape, and shown so.
                if w > 2 {
                    let escaped = scalar.escapedControl
                    let written = put(escaped, row: row, column: c, style: style, limit: end - c)
                    c += written
                    previous = -1
                    if written < escaped.count { break }
                    continue
                }
                if w == 0 {
                    if previous >= 0 { attach(scalar, to: row * columns + previous) }
                    continue
                }
            }
            if c + w > end { break }
            place(v, width: w, row: row, column: c, style: style)
            previous = c
            c += w
        }
        return c - max(0, column)
    }

    /// Writes a measured text as `put` writes its text, without measuring it again.
    @discardableResult
    mutating func put(_ text: MeasuredText, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard let scalars = text.scalars else { return put(text.text, row: row, column: column, style: style, limit: limit) }
        guard row >= 0, row < rows, column < columns else { return 0 }
        let end = min(columns, column + (limit ?? columns))
        var c = max(0, column)
        for scalar in scalars {
            if c + scalar.width > end { break }
            place(scalar.code, width: scalar.width, row: row, column: c, style: style)
            c += scalar.width
        }
        return c - max(0, column)
    }

    /// Writes one measured scalar as `put` writes a text of it alone.
    @discardableResult
    mutating func put(_ scalar: MeasuredText.Scalar, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        let c = max(0, column)
        guard row >= 0, row < rows, c + scalar.width <= min(columns, column + (limit ?? columns)) else { return 0 }
        place(scalar.code, width: scalar.width, row: row, column: c, style: style)
        return scalar.width
    }

    /// Sets the cell at (`row`, `column`), and the one after it for a wide character, clearing the other half of
    /// any wide character this breaks.
    private mutating func place(_ code: UInt32, width w: Int, row: Int, column c: Int, style: Style) {
        let i = row * columns + c
        // Only a covered cell under the write or right of it can be half of a wide character the write breaks.
        if cells[i].code == Cell.covered || (c + 1 < columns && cells[i + 1].code == Cell.covered) { unsplit(row: row, column: c) }
        if w == 2 {
            if cells[i + 1].code == Cell.covered || (c + 2 < columns && cells[i + 2].code == Cell.covered) {
                unsplit(row: row, column: c + 1)
            }
            cells[i + 1] = Cell(code: Cell.covered, style: style)
        }
        cells[i] = Cell(code: code, style: style)
    }

    /// Adds a zero-width scalar (a combining mark) to the grapheme in cell `index`.
    private mutating func attach(_ scalar: Unicode.Scalar, to index: Int) {
        var grapheme = text(of: cells[index]) ?? ""
        grapheme.unicodeScalars.append(scalar)
        graphemes.append(grapheme)
        cells[index].code = Cell.graphemeFlag | UInt32(graphemes.count - 1)
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for r in max(0, rect.row)..<min(rows, rect.bottom) {
            let from = max(0, rect.column)
            let to = min(columns, rect.right)
            guard from < to else { continue }
            unsplit(row: r, column: from)
            unsplit(row: r, column: to - 1)
            let blank = Cell(code: 0x20, style: style)
            cells.withUnsafeMutableBufferPointer { $0[(r * columns + from)..<(r * columns + to)].update(repeating: blank) }
        }
    }

    /// A horizontal line (`─`) across `columns` columns, however wide the terminal draws the line character.
    public mutating func rule(row: Int, column: Int, columns: Int, style: Style = .normal, glyph: String = "─") {
        let w = max(1, width.width(of: glyph))
        put(String(repeating: glyph, count: max(0, columns / w)), row: row, column: column, style: style, limit: columns)
    }

    /// A banner across `width` columns from the left edge, in the read-only look (a file opened read-only, a drill
    /// of another day): `text` after a space, cut with `…` where it does not fit, so that a cut is seen as one.
    mutating func putBanner(_ text: String, row: Int, width columns: Int) {
        putPadded(width.truncate(" " + text, to: columns), row: row, column: 0, width: columns, style: Style(.readOnly))
    }

    /// Writes `text` padded with spaces to exactly `width` columns.
    public mutating func putPadded(_ text: String, row: Int, column: Int, width columns: Int, style: Style = .normal) {
        fill(Rect(row: row, column: column, height: 1, width: columns), style: style)
        put(text, row: row, column: column, style: style, limit: columns)
    }

    /// The frame as plain text, one line per row, trailing spaces removed: what a golden file holds.
    public var text: String {
        var lines: [String] = []
        for r in 0..<rows {
            var line = self.line(r)
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The row as text, trailing spaces kept.
    public func line(_ row: Int) -> String {
        var line = ""
        for c in 0..<columns {
            if let text = text(of: cells[row * columns + c]) { line += text }
        }
        return line
    }
}
