import KansaCore

/// Asked when the user leaves a screen whose last save failed: try the save again, write the document to
/// another file, or throw the edits away after typing `discard`. Nothing is lost without that word.
struct UnsavedQuit: Sendable {
    enum Step: Equatable, Sendable {
        case choose
        /// Typing the path of the new file.
        case path(LineEditor)
        /// Typing `discard` to confirm.
        case confirm(LineEditor)
        /// A save or a copy is on its way.
        case waiting
    }

    /// What becomes of the question after a key or an outcome.
    enum Outcome: Equatable, Sendable {
        case asking([AppEffect])
        /// Leave the screen: the edits are on disk, or the user threw them away.
        case leave
        /// Stay on the screen, the question closed.
        case stay
    }

    static let confirmation = "discard"

    let document: Document
    var reason: String
    var step = Step.choose
    var problem: String?

    mutating func handle(_ key: Key) -> Outcome {
        switch step {
        case .choose, .waiting:
            problem = nil
            switch key {
            case .character("r"):
                step = .waiting
                return .asking([.save(document)])
            case .character("w"):
                step = .path(LineEditor())
            case .character("d"):
                step = .confirm(LineEditor())
            case .escape, .character("q"):
                return .stay
            default:
                break
            }
        case .path(var editor):
            switch editor.handle(key) {
            case .editing: step = .path(editor)
            case .cancelled: step = .choose
            case .committed(let path):
                guard !path.isEmpty else { step = .choose; return .asking([]) }
                step = .waiting
                return .asking([.saveCopy(document, path: path)])
            }
        case .confirm(var editor):
            switch editor.handle(key) {
            case .editing: step = .confirm(editor)
            case .cancelled: step = .choose
            case .committed(let word):
                if word == Self.confirmation { return .leave }
                step = .choose
                problem = word
            }
        }
        return .asking([])
    }

    /// What came of a save or a copy asked for here.
    mutating func finished(error: String?) -> Outcome {
        guard step == .waiting else { return .asking([]) }
        if error == nil { return .leave }
        step = .choose
        reason = error ?? reason
        return .asking([])
    }

    func draw(into out: inout Screen, strings: Strings, glyphs: Glyphs) {
        let width = out.width
        var lines = [strings.unsavedTitle] + width.wrap(strings.saveFailed(reason), to: max(10, out.columns - 8))
        lines.append("")
        lines += strings.unsavedChoices
        if let problem { lines.append(strings.notTheConfirmation(problem)) }
        let boxWidth = min(out.columns - 2, max(40, (lines.map { width.width(of: $0) }.max() ?? 0) + 4))
        let boxHeight = min(out.rows - 2, lines.count + 3)
        let box = Rect(row: (out.rows - boxHeight) / 2, column: (out.columns - boxWidth) / 2, height: boxHeight, width: boxWidth)
        out.fill(box, style: Style(.warning, highlighted: true))
        for (i, line) in lines.prefix(boxHeight - 2).enumerated() {
            out.put(line, row: box.row + 1 + i, column: box.column + 2, style: Style(.warning, highlighted: true), limit: box.width - 4)
        }
        let row = box.bottom - 2
        switch step {
        case .path(let editor):
            let used = out.put(strings.saveCopyPrompt, row: row, column: box.column + 2, style: Style(.status))
            editor.draw(into: &out, row: row, column: box.column + 2 + used, columns: max(1, box.width - 4 - used), style: Style(.status))
        case .confirm(let editor):
            let used = out.put(strings.discardPrompt, row: row, column: box.column + 2, style: Style(.status))
            editor.draw(into: &out, row: row, column: box.column + 2 + used, columns: max(1, box.width - 4 - used), style: Style(.status))
        case .waiting:
            out.put(strings.saving, row: row, column: box.column + 2, style: Style(.status), limit: box.width - 4)
        case .choose:
            break
        }
    }
}
