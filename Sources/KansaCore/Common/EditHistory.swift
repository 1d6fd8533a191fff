/// Undo and redo over edits that return their own inverse when applied.
public struct EditHistory<Edit: Sendable>: Sendable {
    public private(set) var undoStack: [Edit] = []
    public private(set) var redoStack: [Edit] = []
    /// How many undo steps are kept.
    public let limit: Int

    public init(limit: Int = 1000) {
        self.limit = limit
    }

    /// Records the inverse of an edit just made; a new edit ends the redo history.
    public mutating func record(inverse: Edit) {
        undoStack.append(inverse)
        if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
        redoStack.removeAll()
    }

    /// The edit that undoes the last one, moved aside; give `popUndo`'s result's inverse to `pushRedo`.
    public mutating func popUndo() -> Edit? {
        undoStack.popLast()
    }

    public mutating func popRedo() -> Edit? {
        redoStack.popLast()
    }

    public mutating func pushRedo(_ edit: Edit) {
        redoStack.append(edit)
    }

    /// After a redo: its inverse goes back on the undo stack without clearing the redo history.
    public mutating func pushUndo(_ edit: Edit) {
        undoStack.append(edit)
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
}
