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

    @Flag(help: CommandLanguage.help("Play the recorded drill again from its first stamp, for training or the committee; the file is never written (Space pause, +/- speed, → next record, q quit).", "記録済みの訓練を最初の記録から再生します（研修・委員会用、ファイルは書き換えません。Space 一時停止、+/- 速さ、→ 次の記録、q 終了）。"))
    var replay = false

    @Option(help: CommandLanguage.help("--replay: seconds of the drill a second plays, 1 to 3600 (default 1).", "--replay: 1秒で再生する訓練の秒数、1〜3600（既定 1）。"))
    var speed = 1

    @OptionGroup var interface: InterfaceOptions

    func validate() throws {
        guard (1...3600).contains(speed) else {
            throw ValidationError(CommandLanguage.pick("--speed must be between 1 and 3600.", "--speed は 1 から 3600 の間で指定してください。"))
        }
    }

    func run() throws {
        let interface = self.interface.choices
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
        let name = PathName.name(of: file)
        if replay {
            let language = interface.language(settings)
            let screen = DrillReplay(drill: drill, fileName: name, speed: speed, readOnlyReason: Strings(language).replayReadOnly)
            Opening.present(screen, work: SessionWork(file: nil, language: language), interface: interface, settings: settings)
            return
        }
        let board = DrillBoard(drill: drill, fileName: name,
                               readOnlyReason: opened.readOnlyReason?.text(in: interface.language(settings)), following: true, now: SystemClock().now().wall)
        Opening.present(board, work: SessionWork(file: nil, following: file, language: interface.language(settings)), interface: interface, settings: settings)
    }
}
