/// What a key asks of the after-drill texts screen.
enum TextsAction: Hashable, Sendable {
    case up, down, first, last
    /// A system's 課題等 on the line editor; a list (results, その他, 総括) in `$EDITOR`.
    case edit
    case editExternally
    case undo, redo
    case help, back
}

/// The keys of the after-drill texts screen; the help overlay lists them as they are.
enum TextsKeys {
    static let bindings: [KeyBinding<TextsAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("previous text", "前の項目")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("next text", "次の項目")),
        KeyBinding(keys: [.character("g"), .home], action: .first, help: ("first text", "最初の項目")),
        KeyBinding(keys: [.character("G"), .end], action: .last, help: ("last text", "最後の項目")),
        KeyBinding(keys: [.enter], action: .edit, help: ("write the text: a system's issues here, a list in $EDITOR", "記入（システムの課題等はこの行で、一覧は $EDITOR で）")),
        KeyBinding(keys: [.character("e")], action: .editExternally, help: ("write the text in $EDITOR (a list: one entry a line)", "$EDITOR で記入（一覧は1行に1項目）")),
        KeyBinding(keys: [.character("u")], action: .undo, help: ("undo (texts and board edits alike)", "元に戻す（記入も記録も）")),
        KeyBinding(keys: [.control("r")], action: .redo, help: ("redo", "やり直す")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .escape], action: .back, help: ("back to the board", "ボードに戻る")),
    ]

    static let table = KeyBinding.table(bindings)
}
