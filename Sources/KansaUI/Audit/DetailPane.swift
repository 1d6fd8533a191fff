import KansaCore
import KansaReport

/// Draws what the matrix has no room for about the current cell: the division's full name, the item's full title
/// and explanation, the note, the division's self-assessment from its check sheet, the improvement text, the
/// section's remark, the division's hearing, and the earlier verdict.
struct DetailPane {
    let screen: AuditScreen
    let rect: Rect
    let strings: Strings
    let glyphs: Glyphs
    let focused: Bool
    /// Beside the matrix (a line on its left) or below it (a line above).
    let besideMatrix: Bool

    /// The pane's lines before scrolling, each with its style, at most `limit` of them: a text is wrapped only as far
    /// as the pane can show, so that a key costs as much with a note of a million characters as with a short one.
    func lines(width: CharacterWidth, columns: Int, limit: Int = .max) -> [(String, Style)] {
        guard let (section, item) = screen.current, let division = screen.currentDivision, columns > 0 else { return [] }
        var lines: [(String, Style)] = []
        /// As much of a text as `limit` lines can show: each character takes a column at least.
        func shown(_ text: String) -> Substring {
            let room = limit - lines.count
            return room < Int.max / columns ? text.prefix(max(0, room) * columns) : Substring(text)
        }
        func add(_ text: String, _ style: Style = Style()) {
            let room = limit - lines.count
            guard room > 0 else { return }
            for line in LineBreaking(width: width).wrap(String(shown(text)), to: columns).prefix(room) { lines.append((line, style)) }
        }
        func field(_ label: String, _ value: String) {
            add("\(label): " + (value.isEmpty ? strings.none : String(shown(value))), Style())
        }
        add("\(division.name) \(glyphs.vertical) \(section.numeral) \(item.number) \(item.title)", Style(.header))
        if !item.explanation.isEmpty { add(item.explanation) }
        if screen.currentCell.flagged { add(strings.markedToConfirm, Style(.warning)) }
        let (conflicts, wholeAudit) = screen.conflictsHere
        if !conflicts.isEmpty {
            add(wholeAudit ? strings.wholeAuditConflictKeys : strings.conflictKeys, Style(.conflict))
            for conflict in conflicts {
                // A cell's own conflicts name their field only: the pane's first line names the cell.
                let ofCell = conflict.item != nil && conflict.division != nil
                add("  " + strings.text(conflict.wording(in: .audit(screen.audit), namingPlace: !ofCell)), Style(.conflict))
            }
        }
        field(strings.note, screen.currentCell.note)
        if let assessment = screen.currentCell.selfAssessment {
            let differs = screen.currentCell.selfAssessmentDisagrees
            add(strings.selfAssessment(assessment), Style(differs ? .warning : .normal))
            if differs { add(strings.differsFromVerdict, Style(.warning)) }
        }
        field(strings.improvement, item.improvement)
        field(strings.remark, section.remarks[division.id] ?? "")
        if let hearing = screen.audit.hearings[division.id] { add(strings.hearing(hearing)) }
        if let earlier = screen.audit.earlier {
            let covered = earlier.divisions.contains { $0.id == division.id } && earlier.item(item.id) != nil
            let cell = earlier.cell(item: item.id, division: division.id)
            let verdict = !covered ? strings.notAuditedThen : cell?.verdict.map { "\(glyphs.symbol($0)) \(strings.legend($0))" } ?? strings.notHeard
            let note = cell.map { $0.note.isEmpty ? "" : " — \($0.note)" } ?? ""
            add(strings.earlierVerdict(earlier.title, verdict + note), Style(cell?.verdict == .needsImprovement ? .warning : .dim))
        }
        return lines
    }

    func draw(into out: inout Screen) {
        guard rect.height > 0, rect.width > 1 else { return }
        out.fill(rect)
        let border = Style(focused ? .header : .border)
        let text: Rect
        if besideMatrix {
            let line = MeasuredText(glyphs.vertical, width: out.width)
            for r in rect.row..<rect.bottom { out.put(line, row: r, column: rect.column, style: border) }
            let bar = line.width
            text = Rect(row: rect.row, column: rect.column + bar + 1, height: rect.height, width: rect.width - bar - 1)
        } else {
            out.rule(row: rect.row, column: rect.column, columns: rect.width, style: border, glyph: glyphs.horizontal)
            text = Rect(row: rect.row + 1, column: rect.column, height: rect.height - 1, width: rect.width)
        }
        let all = lines(width: out.width, columns: text.width, limit: screen.detailTop + text.height + 1)
        let top = min(screen.detailTop, max(0, all.count - text.height))
        for (i, line) in all.dropFirst(top).prefix(text.height).enumerated() {
            out.put(line.0, row: text.row + i, column: text.column, style: line.1, limit: text.width)
        }
        // More below than the pane shows: say so, and how to read it.
        if all.count > top + text.height {
            let more = " " + strings.moreBelow + " "
            let column = text.right - out.width.width(of: more)
            out.put(more, row: text.bottom - 1, column: max(text.column, column), style: Style(.status), limit: text.width)
        }
    }
}
