import ArgumentParser

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: CommandLanguage.pick("Open a document, or the workspace when no file is named (the default command).", "文書を開きます。ファイルを指定しなければワークスペースを開きます（既定のコマンド）。"),
        discussion: CommandLanguage.pick(
            """
                On a terminal, an audit opens in the hearing screen, a drill on its board, and the workspace in its \
                home screen (press ? for the keys). When standard output is not a terminal, prints what the documents \
                hold instead. Defaults come from $XDG_CONFIG_HOME/kansa/config.json (else ~/.config/kansa/config.json).
                """,
            """
                端末では、監査はヒアリング画面で、訓練はボードで、ワークスペースはホーム画面で開きます（? でキー一覧）。
                標準出力が端末でなければ、文書の内容を表示します。
                既定値は $XDG_CONFIG_HOME/kansa/config.json（なければ ~/.config/kansa/config.json）から読みます。
                """))

    @Argument(help: CommandLanguage.help("A kansa document (.json) to open.", "開く kansa の文書（.json）。"), completion: .file(extensions: ["json"]))
    var file: String?

    @Option(help: CommandLanguage.help("The workspace folder (default: the settings file's, else $XDG_DATA_HOME/kansa or ~/.local/share/kansa).", "ワークスペースのフォルダ（既定: 設定ファイル、なければ $XDG_DATA_HOME/kansa または ~/.local/share/kansa）。"))
    var workspace: String?

    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        try Opening(file: file, workspace: workspace, interface: interface.choices).run()
    }
}
