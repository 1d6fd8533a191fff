import ArgumentParser
import FoundationEssentials
import Glibc
import KansaCore
import KansaStore
import KansaTerminal
import KansaUI

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
        let settings = try interface.settings()
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if interactive { activeCharacterWidth = interface.width(settings) }
        if let file {
            try open(file, interactive: interactive, settings: settings)
        } else {
            try openWorkspace(interactive: interactive, settings: settings)
        }
    }

    private func open(_ path: String, interactive: Bool, settings: Settings) throws {
        guard interactive else {
            Console.line("\(path): \(try DocumentFile.read(path).summary(in: CommandLanguage.current))")
            return
        }
        // The run loop's work holds the only reference to the file: letting it go (back to the list, saved under
        // another name) lets go of its lock at once.
        let language = interface.language(settings)
        let work = SessionWork(file: try DocumentFile.open(path), language: language)
        guard let (document, reason) = work.openDocument else { return }
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let screen: any AppScreen = switch document {
        case .audit(let audit):
            AuditScreen(audit: audit, fileName: name, readOnlyReason: reason, width: activeCharacterWidth, autoAdvance: settings.autoAdvance)
        case .drill(let drill):
            DrillBoard(drill: drill, fileName: name, readOnlyReason: reason, now: SystemClock().now().wall)
        }
        Self.present(screen, work: work, interface: interface, settings: settings)
    }

    private func openWorkspace(interactive: Bool, settings: Settings) throws {
        let folder = Workspace(path: workspace ?? settings.workspace ?? Workspace.defaultPath())
        let created = try folder.createIfMissing()
        guard interactive else {
            let entries = try folder.entries()
            if created { Console.line(CommandLanguage.pick("Created the workspace \(folder.path) with the sample audit and drill.", "ワークスペース \(folder.path) を作り、サンプルの監査と訓練を入れました。")) }
            if entries.isEmpty { Console.line(CommandLanguage.pick("\(folder.path): no documents. `kansa sample \(folder.path)` writes the samples.", "\(folder.path): 文書がありません。`kansa sample \(folder.path)` でサンプルを書き出せます。")) }
            for entry in entries {
                switch entry.result {
                case .success(let document): Console.line("\(entry.path): \(document.summary(in: CommandLanguage.current))")
                case .failure(let error): Console.line(error.description(in: CommandLanguage.current))
                }
            }
            return
        }
        let strings = Strings(interface.language(settings))
        let rows = try folder.documentPaths().map(HomeScreen.Entry.init(path:))
        let home = HomeScreen(folder: folder.path, entries: rows, created: created, strings: strings)
        Self.present(home, work: SessionWork(file: nil, language: interface.language(settings)), interface: interface, settings: settings)
    }

    /// Runs the interface on the terminal until the user quits.
    static func present(_ screen: any AppScreen, work: SessionWork, interface: InterfaceOptions, settings: Settings) {
        let (theme, problem) = interface.theme(settings)
        let terminal = NcursesTerminal(theme: theme, colour: ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        defer { terminal.restore() }
        let size = terminal.size
        let clock = SystemClock()
        let language = interface.language(settings)
        var app = App(screen: screen, rows: size.rows, columns: size.columns, width: activeCharacterWidth, strings: Strings(language),
                      autoAdvance: settings.autoAdvance, bell: settings.bell, glyphs: theme.glyphs, time: clock.now())
        if let problem { _ = app.update(Event(.failed(problem), at: clock.now())) }
        if !ncursesUsesKansaWidths() { _ = app.update(Event(.failed(Strings(language).widthsNotInForce), at: clock.now())) }
        InterfaceLoop(app: app, terminal: terminal, clock: clock, runner: work).run()
        terminal.restore()
        if let farewell = work.farewell { Console.write(farewell, error: true) }
    }
}
