import KansaCore

/// A document whose edits return their inverse when applied, so one history undoes and redoes them.
protocol UndoableDocument: Sendable {
    associatedtype Edit: Sendable
    mutating func apply(_ edit: Edit) -> Edit?
}

extension Audit: UndoableDocument {}
extension Drill: UndoableDocument {}
