import KansaCore

/// Draws the matrix: the header row of short division names and the item column stay in place while the
/// body scrolls both ways; every verdict sits centred under its division's name.
struct MatrixPane {
    let screen: AuditScreen
    let geometry: MatrixGeometry
    let strings: Strings
    let glyphs: Glyphs

    /// The mark of a cell whose division's self-assessment disagrees with the verdict: ASCII, so that every theme
    /// and glyph set shows it, in the warning look (bold in `mono` and `ascii`).
    static let disagreementMark = "?"

    static func role(_ verdict: Verdict?) -> Role {
        switch verdict {
        case .compliant: .compliant
        case .improved: .improved
        case .needsImprovement: .needsImprovement
        case .notApplicable: .notApplicable
        case nil: .blank
        }
    }

    func draw(into out: inout Screen) {
        let rect = geometry.rect
        guard rect.height > 0, rect.width > 0 else { return }
        out.fill(rect)
        let visible = geometry.visibleDivisions(from: screen.firstDivision)
        let width = out.width
        // When the cursor's section title has scrolled off, the header names the section in its place.
        if let topIndex = screen.rows.indices.contains(screen.topRow) ? screen.topRow : nil, case .item(let first) = screen.rows[topIndex],
           let section = screen.current.map({ _ in screen.items[screen.cursorItem].section }), screen.items[first].section == section {
            out.put(screen.audit.sections[section].heading, row: rect.row, column: rect.column, style: Style(.sectionTitle), limit: geometry.itemWidth - 1)
        } else {
            out.put(strings.itemColumn, row: rect.row, column: rect.column, style: Style(.header), limit: geometry.itemWidth)
        }
        if screen.firstDivision > 0 {
            out.put("‹", row: rect.row, column: rect.column + geometry.itemWidth - 1, style: Style(.dim))
        }
        let columns = geometry.columns(of: visible)
        for d in visible {
            let column = columns[d - visible.lowerBound]
            let name = screen.audit.divisions[d].shortName
            let w = geometry.divisionWidths[d]
            let pad = (w - width.width(of: name)) / 2
            out.put(name, row: rect.row, column: column + pad, style: Style(.header, highlighted: d == screen.cursorDivision), limit: w - pad)
        }
        if visible.upperBound < screen.audit.divisions.count {
            out.put("›", row: rect.row, column: rect.right - 1, style: Style(.dim))
        }
        let symbols = Symbols(glyphs, width: width)
        let conflicted = screen.audit.conflictedCells
        for r in 0..<geometry.bodyHeight {
            let index = screen.topRow + r
            guard index < screen.rows.count else { break }
            let row = rect.row + 1 + r
            switch screen.rows[index] {
            case .section(let s):
                out.put(screen.audit.sections[s].heading, row: row, column: rect.column, style: Style(.sectionTitle), limit: rect.width)
            case .item(let i):
                drawItem(i, row: row, visible: visible, columns: columns, symbols: symbols, conflicted: conflicted, into: &out)
            }
        }
    }

    /// Each verdict's symbol (blank last), measured once a frame rather than once a cell; a cell reads its width and
    /// its one scalar from arrays of plain values, since a copy of a measured text would retain and release its text.
    struct Symbols {
        let texts: [MeasuredText]
        let widths: [Int]
        let singles: [MeasuredText.Scalar?]

        init(_ glyphs: Glyphs, width: CharacterWidth) {
            texts = (Verdict.allCases.map(Optional.some) + [nil]).map { MeasuredText(glyphs.symbol($0), width: width) }
            widths = texts.map(\.width)
            singles = texts.map(\.single)
        }
    }

    /// An item's row; a cell in `conflicted` (divisions by item) is marked `#` in the theme's conflict look.
    private func drawItem(
        _ i: Int, row: Int, visible: Range<Int>, columns: [Int], symbols: Symbols,
        conflicted: [ItemID: Set<DivisionID>], into out: inout Screen
    ) {
        let rect = geometry.rect
        let p = screen.items[i]
        let item = screen.audit.sections[p.section].items[p.item]
        let isCursorRow = i == screen.cursorItem
        let conflictedHere = conflicted[item.id] ?? []
        let label = screen.cutLabel(i, to: geometry.itemWidth - 1, width: out.width)
        out.put(label, row: row, column: rect.column, style: Style(isCursorRow ? .header : .normal, highlighted: isCursorRow))
        let cells = item.cells
        let blank = Verdict.allCases.count
        for d in visible {
            let column = columns[d - visible.lowerBound]
            // Read in place: a copy of the cell would retain and release its texts, in every cell of every frame.
            let held = d < cells.count
            let verdict = held ? cells[d].verdict : nil
            let w = geometry.divisionWidths[d]
            let symbol = verdict?.index ?? blank
            let isCursor = isCursorRow && d == screen.cursorDivision
            // The cursor's own look (reverse video in most themes): highlighting it as well would reverse it back.
            let style = isCursor ? Style(.cursor) : Style(Self.role(verdict))
            if isCursor { out.fill(Rect(row: row, column: column, height: 1, width: w), style: style) }
            let pad = (w - symbols.widths[symbol]) / 2
            if let single = symbols.singles[symbol] {
                out.put(single, row: row, column: column + pad, style: style, limit: w - pad)
            } else {
                out.put(symbols.texts[symbol], row: row, column: column + pad, style: style, limit: w - pad)
            }
            if !conflictedHere.isEmpty && conflictedHere.contains(screen.audit.divisions[d].id) {
                out.put("#", row: row, column: column + w - 1, style: Style(.conflict, highlighted: isCursor))
            } else if held && cells[d].flagged {
                out.put("!", row: row, column: column + w - 1, style: isCursor ? style : Style(.warning))
            } else if held && !cells[d].note.isEmpty {
                out.put("*", row: row, column: column + w - 1, style: isCursor ? style : Style(.dim))
            }
            // The division's self-assessment says otherwise: `?` left of the verdict, or in the last column when the
            // verdict fills the first.
            if held && cells[d].selfAssessmentDisagrees {
                out.put(Self.disagreementMark, row: row, column: pad > 0 ? column : column + w - 1, style: isCursor ? style : Style(.warning))
            }
        }
    }
}
