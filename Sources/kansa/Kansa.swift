import ArgumentParser
import KansaStore

@main
struct Kansa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kansa",
        abstract: CommandLanguage.pick("Internal security audits and ICT-BCP drills, in the terminal.", "情報セキュリティ内部監査と ICT-BCP 訓練を端末で。"),
        discussion: CommandLanguage.pick(
            """
                With no file, lists the documents of the workspace (created on first run with the sample audit and \
                drill from the committee papers). With a file, says what it holds.
                """,
            """
                ファイルを指定しなければワークスペースの文書を一覧します（初回は委員会資料のサンプル監査と訓練を入れて作ります）。
                ファイルを指定すれば、その内容を表示します。
                """),
        subcommands: [
            OpenCommand.self, BoardCommand.self, SampleCommand.self, NewCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    /// Runs the command; a file that cannot be read or written is told in the command line's language.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as StoreError {
            exit(withError: CommandFailure(verbatim: error.description(in: CommandLanguage.current)))
        } catch {
            exit(withError: error)
        }
    }
}
