/// What a key asks of the audit's set-up screen.
enum SetupAction: Hashable, Sendable {
    case up, down, first, last
    case add, addSection, edit, remove, moveDown, moveUp
    /// The selected division's hearing record: date, time, place, attendees, interviewers.
    case hearing
    case undo, redo
    case switchPane, help, back
}

/// The keys of the set-up screen, which the help overlay lists as they are.
enum SetupKeys {
    static let bindings: [KeyBinding<SetupAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous row", "前の行")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next row", "次の行")),
        KeyBinding(keys: [.character("g"), .home], action: .first, help: ("first row", "最初の行")),
        KeyBinding(keys: [.character("G"), .end], action: .last, help: ("last row", "最後の行")),
        KeyBinding(keys: [.character("a")], action: .add, help: ("add after the selected row (a division; an item)", "選択した行の後に追加（課・項目）")),
        KeyBinding(keys: [.character("A")], action: .addSection, help: ("add a section after this one (items pane)", "この区分の後に区分を追加（項目ペイン）")),
        KeyBinding(keys: [.enter], action: .edit, help: ("edit the selected row or field", "選択した行・項目を編集")),
        KeyBinding(keys: [.character("h")], action: .hearing, help: ("the division's hearing: date, time, place, who attended, who heard (divisions pane)", "課のヒアリング記録: 日付・時間・場所・出席者・監査員（課ペイン）")),
        KeyBinding(keys: [.character("d")], action: .remove, help: ("remove the selected row, after y", "選択した行を削除（y で確定）")),
        KeyBinding(keys: [.character("J")], action: .moveDown, help: ("move the row down (into the next section)", "行を下へ（次の区分へも）")),
        KeyBinding(keys: [.character("K")], action: .moveUp, help: ("move the row up (into the section before)", "行を上へ（前の区分へも）")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo (set-up and hearing edits alike)", "元に戻す（設定も判定も）")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.tab], action: .switchPane, help: ("next pane: overview, divisions, items", "ペイン切替（概要・課・項目）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .escape], action: .back, help: ("back to the matrix", "表に戻る")),
    ]

    static let table = KeyBinding.table(bindings)
}
