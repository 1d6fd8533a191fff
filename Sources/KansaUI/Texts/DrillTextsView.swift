import KansaCore

/// Draws the after-drill texts: the title bar, one row a text with its name and the start of what is written,
/// the selected text whole below, and the status line (or the line being typed).
struct DrillTextsView {
    let screen: DrillTextsScreen
    let strings: Strings
    let glyphs: Glyphs

    func draw(into out: inout Screen) {
        let columns = out.columns
        let drill = screen.drill
        out.putPadded(" kansa \(glyphs.vertical) " + strings.textsTitle + ": " + drill.title, row: 0, column: 0, width: columns, style: Style(.status))
        out.put(strings.textsIntro, row: 1, column: 1, style: Style(.dim), limit: columns - 2)
        let names = screen.texts.map { strings.textName($0, in: drill) }
        let nameWidth = min(columns / 2, names.map { out.width.width(of: $0) }.max() ?? 0)
        let shown = AuditSetupScreen.bodyRows(out.rows)
        for (offset, which) in screen.texts.enumerated().dropFirst(screen.top).prefix(shown) {
            let line = 2 + offset - screen.top
            let selected = offset == screen.row
            let written = drill.text(which) ?? ""
            let style = Style(written.isEmpty ? .dim : .normal, highlighted: selected)
            if selected { out.fill(Rect(row: line, column: 0, height: 1, width: columns), style: style) }
            var c = 1 + out.put(out.width.truncate(names[offset], to: nameWidth), row: line, column: 1, style: style)
            c = max(c, 1 + nameWidth) + 2
            let summary = written.isEmpty ? strings.notWritten : written.split(separator: "\n").joined(separator: " \(glyphs.vertical) ")
            out.put(summary, row: line, column: c, style: style, limit: max(0, columns - c - 1))
        }
        screen.drawStatus(hint: strings.textsHint, strings: strings, row: out.rows - 1, into: &out)
    }
}
