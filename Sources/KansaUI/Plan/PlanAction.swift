/// What a key asks of the drill's plan editor.
enum PlanAction: Hashable, Sendable {
    case up, down, first, last
    case add, edit, remove, moveDown, moveUp
    /// The selected system's procedure, in `$EDITOR`.
    case procedure
    /// This step and every later one, later (`1`) or earlier (`-1`) by minutes asked for.
    case shift(Int)
    case undo, redo
    case switchPane, help, back
}

/// The keys of the plan editor, the set-up screen's and the shifts; the help overlay lists them as they are.
enum PlanKeys {
    static let bindings: [KeyBinding<PlanAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous row", "前の行")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next row", "次の行")),
        KeyBinding(keys: [.character("g"), .home], action: .first, help: ("first row", "最初の行")),
        KeyBinding(keys: [.character("G"), .end], action: .last, help: ("last row", "最後の行")),
        KeyBinding(keys: [.character("a")], action: .add, help: ("add after the selected row (a step, a system, a vendor or division, a task)", "選択した行の後に追加（工程・システム・業者・課・作業）")),
        KeyBinding(keys: [.enter], action: .edit, help: ("edit the selected row", "選択した行を編集")),
        KeyBinding(keys: [.character("e")], action: .procedure, help: ("the system's procedure in $EDITOR (systems pane)", "システムの手順を $EDITOR で編集（システムペイン）")),
        KeyBinding(keys: [.character("d")], action: .remove, help: ("remove the selected row, after y", "選択した行を削除（y で確定）")),
        KeyBinding(keys: [.character("J")], action: .moveDown, help: ("move the row down", "行を下へ")),
        KeyBinding(keys: [.character("K")], action: .moveUp, help: ("move the row up", "行を上へ")),
        KeyBinding(keys: [.character("+"), .character(">")], action: .shift(1), help: ("this step and every later one later by N minutes", "この工程以降を N 分遅らせる")),
        KeyBinding(keys: [.character("-"), .character("<")], action: .shift(-1), help: ("this step and every later one earlier by N minutes", "この工程以降を N 分早める")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo (plan and board edits alike)", "元に戻す（計画も記録も）")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.tab], action: .switchPane, help: ("next pane: steps, systems, contacts, tasks", "ペイン切替（工程・システム・連絡先・作業）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .escape], action: .back, help: ("back to the board", "ボードに戻る")),
    ]

    static let table = KeyBinding.table(bindings)
}
