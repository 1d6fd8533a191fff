import KansaCore

/// One frame: a grid of cells. A wide character sits in its first cell and covers the next; a character that
/// does not fit is dropped, never split.
public struct Screen: Equatable, Sendable {
    /// One column of the screen.
    public struct Cell: Equatable, Sendable {
        /// The character drawn here; empty in the second column of a wide character.
        public var character: Character?
        public var style: Style

        public static let blank = Cell(character: " ", style: .normal)
        static let continuation = Cell(character: nil, style: .normal)
    }

    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]
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
        lhs.rows == rhs.rows && lhs.columns == rhs.columns && lhs.cells == rhs.cells
            && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Clears the covered half of a wide character that a write at `column` breaks.
    private mutating func unsplit(row: Int, column: Int) {
        guard column >= 0, column < columns else { return }
        let i = row * columns + column
        if cells[i].character == nil, column > 0 {
            cells[i - 1] = Cell(character: " ", style: cells[i - 1].style)
            cells[i] = Cell(character: " ", style: cells[i].style)
        } else if let c = cells[i].character, width.width(of: c) == 2, column + 1 < columns {
            cells[i + 1] = Cell(character: " ", style: cells[i].style)
        }
    }

    /// Writes `text` from (`row`, `column`), at most `limit` columns (to the right edge by default).
    /// Control characters are shown escaped. Returns the columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        let end = min(columns, column + (limit ?? columns))
        var c = max(0, column)
        let safe = text.escapingControlCharacters()
        for character in safe {
            let w = width.width(of: character)
            if w == 0 { continue }
            if c + w > end { break }
            unsplit(row: row, column: c)
            if w == 2 { unsplit(row: row, column: c + 1) }
            cells[row * columns + c] = Cell(character: character, style: style)
            if w == 2 { cells[row * columns + c + 1] = Cell(character: nil, style: style) }
            c += w
        }
        return c - max(0, column)
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for r in max(0, rect.row)..<min(rows, rect.bottom) {
            let from = max(0, rect.column)
            let to = min(columns, rect.right)
            guard from < to else { continue }
            unsplit(row: r, column: from)
            unsplit(row: r, column: to - 1)
            for c in from..<to {
                cells[r * columns + c] = Cell(character: " ", style: style)
            }
        }
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
            var line = ""
            for c in 0..<columns {
                if let character = cells[r * columns + c].character { line.append(character) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The row as text, trailing spaces kept.
    public func line(_ row: Int) -> String {
        var line = ""
        for c in 0..<columns {
            if let character = cells[row * columns + c].character { line.append(character) }
        }
        return line
    }
}
