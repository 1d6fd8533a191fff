import ArgumentParser
import Glibc
import KansaCore
import KansaStore
import KansaUI

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: CommandLanguage.pick("Show a drill's board read-only, following the file as another kansa records the drill.", "訓練ボードを読み取り専用で表示し、別の kansa が記録するファイルを追いかけます。"),
        discussion: CommandLanguage.pick("For a second terminal or a projector: every stamp the drill lead records appears within a second.", "2台目の端末やプロジェクタ用: 訓練責任者が記録した時刻は1秒以内に表示されます。"))

    @Argument(help: CommandLanguage.help("The drill (.json) to follow.", "表示する訓練（.json）。"), completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var interface: InterfaceOptions

    func run() throws {
        let settings = try interface.settings()
        let opened = try DocumentFile.open(file, forEditing: false)
        guard case .drill(let drill) = opened.document else {
            throw CommandFailure(
                "\(file) is an audit; kansa board follows a drill", "\(file) は監査です。kansa board は訓練を表示します")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure("kansa board needs a terminal", "kansa board は端末で使ってください")
        }
        activeCharacterWidth = interface.width(settings)
        let board = DrillBoard(drill: drill, fileName: String(file.split(separator: "/").last ?? Substring(file)),
                               readOnlyReason: opened.readOnlyReason?.text(in: interface.language(settings)), following: true, now: SystemClock().now().wall)
        OpenCommand.present(board, work: SessionWork(file: nil, following: file, language: interface.language(settings)), interface: interface, settings: settings)
    }
}
