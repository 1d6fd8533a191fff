import KansaCore

/// Draws the set-up screen: the title bar, the three panes' tabs, the selected pane's rows, and the status line
/// (or the line being typed, or the question before a removal).
struct AuditSetupView {
    let screen: AuditSetupScreen
    let strings: Strings
    let glyphs: Glyphs

    func draw(into out: inout Screen) {
        let columns = out.columns
        out.putPadded(" kansa \(glyphs.vertical) " + strings.setupTitle + ": " + screen.audit.title, row: 0, column: 0, width: columns, style: Style(.status))
        var c = 1
        for pane in AuditSetupScreen.Pane.allCases {
            let name = " " + strings.setupPane(pane) + " "
            c += out.put(name, row: 1, column: c, style: Style(pane == screen.pane ? .header : .dim, highlighted: pane == screen.pane)) + 1
        }
        let lines = rows(width: out.width, columns: columns - 2)
        let first = screen.top[screen.pane] ?? 0
        for (offset, line) in lines.dropFirst(first).prefix(AuditSetupScreen.bodyRows(out.rows)).enumerated() {
            let index = first + offset
            let selected = index == screen.row
            let style = Style(line.role, highlighted: selected)
            if selected { out.fill(Rect(row: 2 + offset, column: 0, height: 1, width: columns), style: style) }
            out.put(line.text, row: 2 + offset, column: 1, style: style, limit: columns - 2)
        }
        if lines.isEmpty { out.put(strings.setupEmpty(screen.pane), row: 2, column: 1, style: Style(.dim), limit: columns - 2) }
        screen.drawStatus(hint: strings.setupHint, strings: strings, row: out.rows - 1, into: &out)
    }

    /// The current pane's rows as text, each with its role.
    func rows(width: CharacterWidth, columns: Int) -> [(text: String, role: Role)] {
        let audit = screen.audit
        func padded(_ text: String, to columns: Int) -> String {
            text + String(repeating: " ", count: max(0, columns - width.width(of: text)))
        }
        switch screen.pane {
        case .overview:
            let labels = AuditSetupScreen.Field.allCases.map { strings.fieldLabel($0) }
            let labelWidth = labels.map { width.width(of: $0) }.max() ?? 0
            return zip(AuditSetupScreen.Field.allCases, labels).map { field, label in
                let value = AuditSetupScreen.text(of: field, in: audit).replacing("\n", with: " / ")
                return (padded(label, to: labelWidth) + "  " + (value.isEmpty ? strings.none : value), .normal)
            }
        case .divisions:
            let nameWidth = audit.divisions.map { width.width(of: $0.name) }.max() ?? 0
            let shortWidth = audit.divisions.map { width.width(of: $0.shortName) }.max() ?? 0
            return audit.divisions.map { division in
                let records = audit.recordsOf(division: division.id)
                let hearing = audit.hearings[division.id].map { "  " + strings.heardOn($0.date.description) } ?? ""
                return (padded(division.name, to: nameWidth) + "  " + padded(division.shortName, to: shortWidth) + "  " + strings.records(records) + hearing,
                        .normal)
            }
        case .items:
            return screen.itemRows.map { row in
                switch row {
                case .section(let s):
                    let section = audit.sections[s]
                    return (section.heading + "  (" + section.remarksLabel + ")", .sectionTitle)
                case .item(let s, let i):
                    return ("  " + AuditScreen.label(audit.sections[s].items[i]), .normal)
                }
            }
        }
    }
}
