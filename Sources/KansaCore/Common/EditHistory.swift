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

    /// Applies the last undo step with `apply` (which returns the step's inverse) and keeps that inverse for
    /// redo. Returns the step applied, or nil when there is nothing to undo.
    public mutating func undo(_ apply: (Edit) -> Edit?) -> Edit? {
        guard let edit = undoStack.popLast() else { return nil }
        if let inverse = apply(edit) { redoStack.append(inverse) }
        return edit
    }

    /// Applies the last undone step again and keeps its inverse for undo, without ending the redo history.
    public mutating func redo(_ apply: (Edit) -> Edit?) -> Edit? {
        guard let edit = redoStack.popLast() else { return nil }
        if let inverse = apply(edit) { undoStack.append(inverse) }
        return edit
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
}
