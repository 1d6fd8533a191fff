import KansaCore
import KansaReport

/// Draws the report preview: a title bar with the position, the laid-out lines, and the status line.
struct ReportPreviewView {
    var preview: ReportPreview
    var strings: Strings
    var glyphs: Glyphs

    /// The body sits between the title bar and the status line, one column in from each side.
    static func bodyRows(_ rows: Int) -> Int { max(1, rows - 2) }
    static func bodyColumns(_ columns: Int) -> Int { max(1, columns - 2) }

    func draw(into out: inout Screen) {
        let rows = out.rows
        let columns = out.columns
        let body = Self.bodyRows(rows)
        let lines = preview.lines
        let last = min(lines.count, preview.top + body)
        let position = " \(lines.isEmpty ? 0 : preview.top + 1)–\(last)/\(lines.count) "
        let positionWidth = out.width.width(of: position)
        out.putPadded(
            " kansa \(glyphs.vertical) " + strings.previewTitle + ": " + preview.report.title, row: 0, column: 0,
            width: columns, style: Style(.status))
        out.put(position, row: 0, column: max(0, columns - positionWidth), style: Style(.status))
        for (offset, line) in lines[min(preview.top, lines.count)..<last].enumerated() {
            let index = preview.top + offset
            draw(line, row: 1 + offset, highlighted: index == preview.match, into: &out)
        }
        let status = Rect(row: rows - 1, column: 0, height: 1, width: columns)
        out.fill(status, style: Style(.status))
        switch preview.prompt {
        case .search(let editor):
            let label = strings.searchPrompt
            let used = out.put(label, row: status.row, column: 0, style: Style(.status))
            editor.draw(into: &out, row: status.row, column: used, columns: max(1, columns - used), style: Style(.status))
        case .exportFormat:
            out.put(" " + strings.exportChoice, row: status.row, column: 0, style: Style(.status))
        case nil:
            if let message = preview.message {
                out.putMessage(message, row: status.row, column: 1, available: columns - 2)
            } else {
                let hint = strings.previewHints + " "
                out.put(hint, row: status.row, column: max(0, columns - out.width.width(of: hint)), style: Style(.status))
            }
        }
    }

    /// One line in the style of what it is; in table rows each verdict in its own colour.
    func draw(_ line: ReportLine, row: Int, highlighted: Bool, into out: inout Screen) {
        let role: Role = switch line.kind {
        case .title, .tableHeader: .header
        case .heading: .sectionTitle
        case .tableRule, .partBreak: .border
        case .text, .tableRow, .blank: .normal
        }
        let limit = out.columns - 1
        guard line.kind == .tableRow else {
            out.put(line.text, row: row, column: 1, style: Style(role, highlighted: highlighted), limit: limit - 1)
            return
        }
        var column = 1
        var run = String.UnicodeScalarView()
        func flush(_ out: inout Screen) {
            guard !run.isEmpty else { return }
            column += out.put(String(run), row: row, column: column, style: Style(.normal, highlighted: highlighted), limit: limit - column)
            run = String.UnicodeScalarView()
        }
        for scalar in line.text.unicodeScalars {
            if let verdict = Self.verdicts[scalar] {
                flush(&out)
                let glyph = glyphs.symbol(verdict)
                column += out.put(glyph, row: row, column: column,
                                  style: Style(Self.role(verdict), highlighted: highlighted), limit: limit - column)
                column += out.width.width(of: scalar) - out.width.width(of: glyph)
            } else if scalar == "│" || scalar == "|" {
                flush(&out)
                column += out.put(String(scalar), row: row, column: column, style: Style(.border), limit: limit - column)
            } else {
                run.append(scalar)
            }
        }
        flush(&out)
    }

    /// The verdict each symbol stands for.
    static let verdicts: [Unicode.Scalar: Verdict] = Dictionary(
        uniqueKeysWithValues: Verdict.allCases.map { ($0.symbol.unicodeScalars.first!, $0) })

    static func role(_ verdict: Verdict) -> Role {
        switch verdict {
        case .compliant: .compliant
        case .improved: .improved
        case .needsImprovement: .needsImprovement
        case .notApplicable: .notApplicable
        }
    }
}
