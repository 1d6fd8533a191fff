import KansaCore

/// A screen that edits a document the set-up way (the audit's set-up, the drill's plan): lines typed in a prompt
/// on the status line, a removal confirmed with `y`.
protocol SetupEditing: FileStatus {
    associatedtype Purpose: Equatable & Sendable
    associatedtype Edited: UndoableDocument
    typealias Edit = Edited.Edit
    /// The audit or drill being set up.
    var edited: Edited { get set }
    var history: EditHistory<Edit> { get set }
    /// The selected row; setting it keeps it in the pane.
    var row: Int { get set }
    var prompt: SetupPrompt<Purpose>? { get set }
    /// A removal waiting for `y`, and the question the status line asks.
    var confirming: (edit: Edit, question: String)? { get set }
    /// What the status line calls an edit, as undo and redo name it.
    func describe(_ edit: Edit, in document: Edited, strings: Strings) -> String
    /// The save of the document as it is now.
    func save(_ document: Edited) -> AppEffect
}

/// What a key did to the question a set-up screen had open.
enum SetupAnswer<Purpose, Edit> {
    /// Typed into the prompt, cancelled it, or declined the removal: nothing to change.
    case handled
    case confirmed(Edit)
    case answered(Purpose, [String])
}

extension SetupEditing {
    /// Gives the key to the open removal question or prompt; nil when neither is open.
    mutating func answer(_ key: Key, strings: Strings) -> SetupAnswer<Purpose, Edit>? {
        if let confirming {
            self.confirming = nil
            guard key == .character("y") || key == .character("Y") else {
                message = Message(strings.nothingRemoved)
                return .handled
            }
            return .confirmed(confirming.edit)
        }
        guard var prompt else { return nil }
        switch prompt.handle(key) {
        case .typing:
            self.prompt = prompt
            return .handled
        case .cancelled:
            self.prompt = nil
            return .handled
        case .done(let texts):
            self.prompt = nil
            return .answered(prompt.purpose, texts)
        }
    }

    /// Makes an edit, keeps its inverse for undo, says what changed and saves; refused on a read-only file.
    mutating func perform(_ edit: Edit, strings: Strings) -> [AppEffect] {
        if let readOnlyReason {
            message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
            return []
        }
        let before = edited
        guard let inverse = edited.apply(edit) else { return [] }
        history.record(inverse: inverse)
        row = row
        message = Message(strings.changed(describe(edit, in: before, strings: strings)))
        return [save(edited)]
    }

    /// Undoes or redoes the last step and says which; refused on a read-only file.
    mutating func replay(undo: Bool, strings: Strings) -> [AppEffect] {
        if let readOnlyReason {
            message = Message(strings.refusedReadOnly(readOnlyReason), isError: true)
            return []
        }
        var document = edited
        let edit = undo ? history.undo { document.apply($0) } : history.redo { document.apply($0) }
        guard let edit else {
            message = Message(undo ? strings.nothingToUndo : strings.nothingToRedo)
            return []
        }
        let what = describe(edit, in: undo ? edited : document, strings: strings)
        edited = document
        row = row
        message = Message(undo ? strings.undid(what) : strings.redid(what))
        return [save(edited)]
    }

    /// The status line: the prompt being typed, the removal to confirm, or the file's state, the last message and
    /// the screen's keys.
    func drawStatus(hint: String, strings: Strings, row: Int, into out: inout Screen) {
        let columns = out.columns
        if let prompt {
            let line = prompt.lines[prompt.current]
            out.putPadded(line.label, row: row, column: 0, width: columns, style: Style(.header))
            let used = out.width.width(of: line.label)
            line.editor.draw(into: &out, row: row, column: used, columns: max(1, columns - used))
            return
        }
        out.fill(Rect(row: row, column: 0, height: 1, width: columns), style: Style(.status))
        if let confirming {
            out.putMessage(Message(confirming.question, isError: true), row: row, column: 1, available: columns - 2)
            return
        }
        var c = 1
        c += out.put(fileName, row: row, column: c, style: Style(.status)) + 1
        let state = fileState(strings)
        c += out.put("[\(state.0)]", row: row, column: c, style: Style(state.1)) + 1
        let hint = hint + " "
        let hintWidth = out.width.width(of: hint)
        if let message = message ?? saveError.map({ Message(strings.saveFailed($0), isError: true) }) {
            out.putMessage(message, row: row, column: c, available: columns - c - hintWidth - 1)
        }
        out.put(hint, row: row, column: max(c, columns - hintWidth), style: Style(.status))
    }
}
