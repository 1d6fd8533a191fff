import ArgumentParser
import KansaCore
import KansaStore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a document, or the workspace when no file is named (the default command).")

    @Argument(help: "A kansa document (.json) to open.", completion: .file(extensions: ["json"]))
    var file: String?

    @Option(help: "The workspace folder (default: $XDG_DATA_HOME/kansa or ~/.local/share/kansa).")
    var workspace: String?

    func run() throws {
        if let file {
            let document = try DocumentFile.read(file)
            print("\(file): \(document.summary)")
            return
        }
        let folder = Workspace(path: workspace ?? Workspace.defaultPath())
        if try folder.createIfMissing() {
            print("Created the workspace \(folder.path) with the sample audit and drill.")
        }
        let entries = try folder.entries()
        if entries.isEmpty {
            print("\(folder.path): no documents. `kansa sample \(folder.path)` writes the samples.")
        }
        for entry in entries {
            switch entry.result {
            case .success(let document): print("\(entry.path): \(document.summary)")
            case .failure(let error): print("\(error)")
            }
        }
    }
}
