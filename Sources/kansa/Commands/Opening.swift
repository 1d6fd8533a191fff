import FoundationEssentials
import Glibc
import KansaCore
import KansaStore
import KansaTerminal
import KansaUI

/// What `kansa open` does — a document in its screen, or the workspace's home screen when no file is named —
/// with the values its options chose. `kansa FILE` and a bare `kansa` come here straight from `Kansa.main`.
struct Opening {
    var file: String?
    var workspace: String?
    var interface: InterfaceChoices

    /// The opening that plain arguments ask for: none, or one that is not an option or a subcommand's name; nil
    /// for anything else, which the command-line parser reads.
    init?(plainArguments arguments: [String]) {
        guard arguments.count <= 1 else { return nil }
        if let argument = arguments.first {
            guard !argument.isEmpty, !argument.hasPrefix("-"), !Self.commandNames.contains(argument) else { return nil }
        }
        self.init(file: arguments.first, workspace: nil, interface: InterfaceChoices())
    }

    init(file: String?, workspace: String?, interface: InterfaceChoices) {
        self.file = file
        self.workspace = workspace
        self.interface = interface
    }

    /// The names the parser reads as a subcommand rather than a file: every subcommand's, its aliases, and `help`.
    static let commandNames: Set<String> = Set(
        Kansa.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases } + ["help"])

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
        let name = PathName.name(of: path)
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
    static func present(_ screen: any AppScreen, work: SessionWork, interface: InterfaceChoices, settings: Settings) {
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
