import KansaCore

/// Asked when a save finds the document's file changed by another program: kansa has stopped editing it, and
/// offers to load the file as it is now or to save this version under a new name and go on with that one.
struct DiskConflict: Sendable {
    enum Step: Equatable, Sendable {
        case choose
        /// Typing the new file's path.
        case path(LineEditor)
        /// A reload or a save under a new name is on its way.
        case waiting
    }

    let document: Document
    var reason: String
    var step = Step.choose

    /// What a key asks for, and whether the question stays open.
    mutating func handle(_ key: Key) -> (effects: [AppEffect], open: Bool) {
        switch step {
        case .choose, .waiting:
            switch key {
            case .character("l"), .character("L"):
                step = .waiting
                return ([.reload], true)
            case .character("w"):
                step = .path(LineEditor())
            case .escape:
                return ([], false)
            default:
                break
            }
        case .path(var editor):
            switch editor.handle(key) {
            case .editing: step = .path(editor)
            case .cancelled: step = .choose
            case .committed(let path):
                guard !path.isEmpty else { step = .choose; break }
                step = .waiting
                return ([.saveAs(document, path: path)], true)
            }
        }
        return ([], true)
    }

    func draw(into out: inout Screen, strings: Strings) {
        let width = out.width
        var lines = [strings.changedOnDiskTitle] + width.wrap(reason, to: max(10, out.columns - 8))
        lines.append("")
        lines += strings.changedOnDiskChoices
        let boxWidth = min(out.columns - 2, max(40, (lines.map { width.width(of: $0) }.max() ?? 0) + 4))
        let boxHeight = min(out.rows - 2, lines.count + 3)
        let box = Rect(row: (out.rows - boxHeight) / 2, column: (out.columns - boxWidth) / 2, height: boxHeight, width: boxWidth)
        let style = Style(.warning, highlighted: true)
        out.fill(box, style: style)
        for (i, line) in lines.prefix(boxHeight - 2).enumerated() {
            out.put(line, row: box.row + 1 + i, column: box.column + 2, style: style, limit: box.width - 4)
        }
        let row = box.bottom - 2
        switch step {
        case .path(let editor):
            let used = out.put(strings.saveAsPrompt, row: row, column: box.column + 2, style: Style(.status))
            editor.draw(into: &out, row: row, column: box.column + 2 + used, columns: max(1, box.width - 4 - used), style: Style(.status))
        case .waiting:
            out.put(strings.saving, row: row, column: box.column + 2, style: Style(.status), limit: box.width - 4)
        case .choose:
            break
        }
    }
}
