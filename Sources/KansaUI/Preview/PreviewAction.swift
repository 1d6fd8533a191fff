import KansaReport

/// What a key asks of the report preview.
enum PreviewAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case search, searchNext, searchPrevious
    case export
    case language
    case help, close
}

/// The keys of the report preview, which the help overlay lists as they are.
enum PreviewKeys {
    static let bindings: [KeyBinding<PreviewAction>] = [
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("scroll up", "上へ")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("scroll down", "下へ")),
        KeyBinding(keys: [.pageUp, .character("b")], action: .pageUp, help: ("page up", "前のページ")),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, help: ("page down", "次のページ")),
        KeyBinding(keys: [.character("g"), .home], action: .top, help: ("top", "先頭")),
        KeyBinding(keys: [.character("G"), .end], action: .bottom, help: ("bottom", "末尾")),
        KeyBinding(keys: [.character("/")], action: .search, help: ("search the report", "レポート内を検索")),
        KeyBinding(keys: [.character("n")], action: .searchNext, help: ("next match", "次の一致")),
        KeyBinding(keys: [.character("N")], action: .searchPrevious, help: ("previous match", "前の一致")),
        KeyBinding(keys: [.character("x")], action: .export, help: ("export beside the document: md, html, txt, csv, xlsx or docx", "文書の隣に書き出す（md・html・txt・csv・xlsx・docx）")),
        KeyBinding(keys: [.character("L")], action: .language, help: ("report in Japanese / English", "レポートの言語（日本語・英語）")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "このヘルプ")),
        KeyBinding(keys: [.character("q"), .escape], action: .close, help: ("back", "戻る")),
    ]

    static let table = KeyBinding.table(bindings)

    /// The key of each export format in the `x` prompt.
    static let formats: [Character: ExportFormat] = ["m": .md, "h": .html, "t": .txt, "c": .csv, "x": .xlsx, "w": .docx]
}
