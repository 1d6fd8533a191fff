extension Screen {
    /// What the last line of a question box holds: nothing, a line being typed after its label, or a word of
    /// progress.
    enum Answer {
        case none
        case typing(label: String, LineEditor)
        case waiting(String)
    }

    /// A question in a box in the middle of the screen, in the warning colours: its lines, and the answer being
    /// given on its last line.
    mutating func putQuestion(_ lines: [String], answer: Answer) {
        let boxWidth = min(columns - 2, max(40, (lines.map { width.width(of: $0) }.max() ?? 0) + 4))
        let boxHeight = min(rows - 2, lines.count + 3)
        let box = Rect(row: (rows - boxHeight) / 2, column: (columns - boxWidth) / 2, height: boxHeight, width: boxWidth)
        let style = Style(.warning, highlighted: true)
        fill(box, style: style)
        for (i, line) in lines.prefix(boxHeight - 2).enumerated() {
            put(line, row: box.row + 1 + i, column: box.column + 2, style: style, limit: box.width - 4)
        }
        let row = box.bottom - 2
        switch answer {
        case .typing(let label, let editor):
            let used = put(label, row: row, column: box.column + 2, style: Style(.status))
            editor.draw(into: &self, row: row, column: box.column + 2 + used, columns: max(1, box.width - 4 - used), style: Style(.status))
        case .waiting(let text):
            put(text, row: row, column: box.column + 2, style: Style(.status), limit: box.width - 4)
        case .none:
            break
        }
    }
}
