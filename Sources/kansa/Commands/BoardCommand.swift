import ArgumentParser
import Glibc
import KansaCore
import KansaStore
import KansaUI

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Show a drill's board read-only, following the file as another kansa records the drill.",
        discussion: "For a second terminal or a projector: every stamp the drill lead records appears within a second.")

    @Argument(help: "The drill (.json) to follow.", completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        let settings = try interface.settings()
        let opened = try DocumentFile.open(file, forEditing: false)
        guard case .drill(let drill) = opened.document else {
            throw CommandFailure("\(file) is an audit; kansa board follows a drill")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure("kansa board needs a terminal")
        }
        activeCharacterWidth = interface.width(settings)
        let board = DrillBoard(drill: drill, fileName: InterfaceSession.name(of: file), readOnlyReason: opened.readOnlyReason,
                               following: true, now: Clock.now())
        OpenCommand.present(.drill(board), file: nil, following: file, interface: interface, settings: settings)
    }
}
