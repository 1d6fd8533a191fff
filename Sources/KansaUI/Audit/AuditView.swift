import KansaCore

/// Draws the whole hearing screen: title, read-only banner, matrix, detail pane, and the status line (or the
/// prompt being typed in its place).
struct AuditView {
    let screen: AuditScreen
    let layout: AuditLayout
    let geometry: MatrixGeometry
    let strings: Strings
    let glyphs: Glyphs

    func draw(into out: inout Screen) {
        out.putPadded(" kansa \(glyphs.vertical) " + screen.audit.title, row: layout.title.row, column: 0, width: layout.title.width, style: Style(.status))
        if let banner = layout.banner, let reason = screen.readOnlyReason {
            out.putBanner(strings.readOnlyBanner(reason), row: banner.row, width: banner.width)
        }
        MatrixPane(screen: screen, geometry: geometry, strings: strings, glyphs: glyphs).draw(into: &out)
        DetailPane(screen: screen, rect: layout.detail, strings: strings, glyphs: glyphs, focused: screen.focus == .detail,
                   besideMatrix: layout.detailBeside).draw(into: &out)
        if let prompt = screen.prompt {
            drawPrompt(prompt, into: &out)
        } else {
            drawStatus(into: &out)
        }
    }

    private func drawPrompt(_ prompt: AuditScreen.Prompt, into out: inout Screen) {
        let rect = layout.status
        let (label, editor): (String, LineEditor?) = switch prompt {
        case .note(let e): (strings.notePrompt, e)
        case .improvement(let e): (strings.improvementPrompt, e)
        case .remark(let e): (strings.remarkPrompt, e)
        case .search(let e): (strings.searchPrompt, e)
        case .fill:
            (strings.applyPrompt(screen.currentDivision?.name ?? "", screen.current?.section.heading ?? ""), nil)
        }
        out.putPadded(label, row: rect.row, column: 0, width: rect.width, style: Style(.header))
        if let editor {
            let used = out.width.width(of: label)
            editor.draw(into: &out, row: rect.row, column: used, columns: max(1, rect.width - used))
        }
    }

    private func drawStatus(into out: inout Screen) {
        let rect = layout.status
        out.fill(rect, style: Style(.status))
        let c = screen.counts
        let counts = Verdict.allCases.map { glyphs.symbol($0) + "\(c[$0])" }.joined(separator: " ")
        let flagged = c.toConfirm > 0 ? "  " + strings.toConfirm(c.toConfirm) : ""
        let conflicts = screen.audit.conflicts.isEmpty ? "" : "  " + strings.openConflicts(screen.audit.conflicts.count)
        let right = "\(strings.heard(c.heard, c.total))  \(counts)\(flagged)\(conflicts)  \(strings.helpHint) "
        let rightWidth = out.width.width(of: right)
        var column = 1
        column += out.put(screen.fileName, row: rect.row, column: column, style: Style(.status), limit: max(0, rect.width - rightWidth - 2)) + 1
        let state = screen.fileState(strings)
        column += out.put("[\(state.0)]", row: rect.row, column: column, style: Style(state.1), limit: max(0, rect.width - rightWidth - column)) + 1
        // A new audit, nothing heard yet: the way to set it up.
        let offer = screen.counts.heard == 0 && screen.readOnlyReason == nil ? Message(strings.offerSetup) : nil
        let message = screen.message ?? screen.saveError.map { Message(strings.saveFailed($0), isError: true) } ?? offer
        let free = rect.width - column - 1
        if let message {
            out.putMessage(message, row: rect.row, column: column, available: free - rightWidth - 1)
        }
        out.put(right, row: rect.row, column: max(column, rect.width - rightWidth), style: Style(.status))
    }
}
