import ArgumentParser
import FoundationEssentials
import Glibc
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
            OpenCommand.self, BoardCommand.self, SampleCommand.self, NewCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self, MergeCommand.self,
            CheckSheetCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    @OptionGroup var languageOption: LanguageOption

    /// Runs the command; help, usage errors and a file that cannot be read or written are told in the command
    /// line's language.
    static func main() {
        HeapStart.prepare()
        do {
            // The parser spends milliseconds learning the commands' options: the plainest forms, `kansa FILE` and
            // `kansa`, which need none of them, start without it.
            if let opening = Opening(plainArguments: Array(CommandLine.arguments.dropFirst())) {
                try opening.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let error as StoreError {
            finish(CommandFailure(verbatim: error.description(in: CommandLanguage.current)))
        } catch {
            finish(error)
        }
    }

    /// Prints what ended the command (help on standard output, an error on standard error) and exits with its code.
    /// Japanese help is wrapped by columns after it is translated; an error stays on its one line.
    static func finish(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let language = CommandLanguage.current
        let text = language == .en ? fullMessage(for: error)
            : ParserWords.translate(fullMessage(for: error, columns: HelpLayout.unwrapped), to: language)
        if text.isEmpty {
            Glibc.exit(code.rawValue)
        }
        if code == .success {
            Console.write(language == .en ? text : HelpLayout.wrap(text, columns: HelpLayout.terminalColumns()), error: false)
        } else {
            Console.write(text, error: true)
        }
        Glibc.exit(code.rawValue)
    }
}
