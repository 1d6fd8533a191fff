extension Screen {
    /// A status-line message at (`row`, `column`) within `available` columns. One that does not fit is never cut:
    /// it goes whole onto lines of its own just above the status line, over the panes, until the next key.
    /// Returns whether it stayed on the status line.
    @discardableResult
    mutating func putMessage(_ message: Message, row: Int, column: Int, available: Int) -> Bool {
        let style = Style(message.isError ? .warning : .status)
        if width.width(of: message.text) <= available {
            put(message.text, row: row, column: column, style: style, limit: available)
            return true
        }
        let lines = width.wrap(message.text, to: max(1, columns - 2))
        let first = max(0, row - lines.count)
        for (offset, line) in lines.suffix(row - first).enumerated() {
            putPadded(" " + line, row: first + offset, column: 0, width: columns, style: style)
        }
        return false
    }
}
