import KansaCore

/// A screen over the drill board that edits the drill (the plan editor, the after-drill texts): when it closes,
/// the board takes back its drill, undo history and file state.
protocol DrillEditing: SetupEditing where Edited == Drill {}

extension DrillEditing {
    func describe(_ edit: DrillEdit, in document: Drill, strings: Strings) -> String {
        strings.describe(edit, in: document)
    }

    func save(_ document: Drill) -> AppEffect {
        .save(.drill(document))
    }
}
