import ArgumentParser
import KansaStore

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: CommandLanguage.pick("Write the built-in sample audit and drill (from the committee papers) into a folder.", "組み込みのサンプル（委員会資料の監査と訓練）をフォルダに書き出します。"),
        discussion: CommandLanguage.pick("Writes DIR/audit.json and DIR/drill.json. Existing files are never replaced.", "DIR/audit.json と DIR/drill.json を書き出します。既存のファイルには上書きしません。"))

    @Argument(help: CommandLanguage.help("The folder to write into; created when missing.", "書き出すフォルダ。なければ作ります。"), completion: .directory)
    var folder: String

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        for path in try Workspace.writeSamples(into: folder) {
            Console.line(path)
        }
    }
}
