/// What a key asks of a replay.
enum ReplayAction: Hashable, Sendable {
    case pause, faster, slower
    /// Jumps to the next moment something was recorded.
    case next
    /// Moves on the board below (rows, panes).
    case scroll(Key)
    case help, quit
}

/// The keys of a replay; the help overlay lists them as they are.
enum ReplayKeys {
    static let bindings: [KeyBinding<ReplayAction>] = [
        KeyBinding(keys: [.character(" ")], action: .pause, help: ("pause / play", "一時停止・再生")),
        KeyBinding(keys: [.character("+"), .character(">")], action: .faster, help: ("twice as fast (up to 3600×)", "2倍速く（最大3600倍）")),
        KeyBinding(keys: [.character("-"), .character("<")], action: .slower, help: ("half as fast (down to 1×)", "半分の速さに（最小1倍）")),
        KeyBinding(keys: [.right, .character("l")], action: .next, help: ("jump to the next record", "次の記録へ進む")),
        KeyBinding(keys: [.down, .character("j")], action: .scroll(.down), help: ("next row of the board", "ボードの次の行")),
        KeyBinding(keys: [.up, .character("k")], action: .scroll(.up), help: ("previous row of the board", "ボードの前の行")),
        KeyBinding(keys: [.tab], action: .scroll(.tab), help: ("next pane of the board", "ボードのペイン切替")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit (the file is never written)", "終了（ファイルは書き換えません）")),
    ]

    static let table = KeyBinding.table(bindings)
}
