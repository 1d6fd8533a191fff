import Foundation
import ArgumentParser
import Glibc
import KansaCore
import KansaStore
import KansaTerminal
import KansaUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a document, or the workspace when no file is named (the default command).",
        discussion: """
            On a terminal, an audit opens in the hearing screen and the workspace in its home screen (press ? \
            for the keys). When standard output is not a terminal, prints what the documents hold instead.
            """)

    @Argument(help: "A kansa document (.json) to open.", completion: .file(extensions: ["json"]))
    var file: String?

    @Option(help: "The workspace folder (default: $XDG_DATA_HOME/kansa or ~/.local/share/kansa).")
    var workspace: String?

    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        activeCharacterWidth = interface.width
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if let file {
            try open(file, interactive: interactive)
        } else {
            try openWorkspace(interactive: interactive)
        }
    }

    private func open(_ path: String, interactive: Bool) throws {
        guard interactive else {
            print("\(path): \(try DocumentFile.read(path).summary)")
            return
        }
        let opened = try DocumentFile.open(path)
        let name = InterfaceSession.name(of: path)
        switch opened.document {
        case .audit(let audit):
            run(.audit(AuditScreen(audit: audit, fileName: name, readOnlyReason: opened.readOnlyReason, width: activeCharacterWidth)), file: opened)
        case .drill(let drill):
            run(.drill(DrillBoard(drill: drill, fileName: name, readOnlyReason: opened.readOnlyReason, now: Clock.now())), file: opened)
        }
    }

    private func openWorkspace(interactive: Bool) throws {
        let folder = Workspace(path: workspace ?? Workspace.defaultPath())
        let created = try folder.createIfMissing()
        let entries = try folder.entries()
        guard interactive else {
            if created { print("Created the workspace \(folder.path) with the sample audit and drill.") }
            if entries.isEmpty { print("\(folder.path): no documents. `kansa sample \(folder.path)` writes the samples.") }
            for entry in entries {
                switch entry.result {
                case .success(let document): print("\(entry.path): \(document.summary)")
                case .failure(let error): print("\(error)")
                }
            }
            return
        }
        let strings = Strings(interface.language)
        run(.home(HomeScreen(folder: folder.path, entries: entries, created: created, strings: strings)), file: nil)
    }

    private func run(_ mode: App.Mode, file: DocumentFile?) {
        Self.present(mode, file: file, interface: interface)
    }

    /// Runs the interface on the terminal until the user quits.
    static func present(_ mode: App.Mode, file: DocumentFile?, following: String? = nil, interface: InterfaceOptions) {
        let (theme, problem) = interface.resolvedTheme
        let terminal = NcursesTerminal(theme: theme, colour: ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        let size = terminal.size
        var app = App(mode: mode, rows: size.rows, columns: size.columns, width: activeCharacterWidth,
                      strings: Strings(interface.language))
        if let problem { app.say(Message(problem, isError: true)) }
        InterfaceSession(app: app, terminal: terminal, file: file, following: following).run()
    }
}
