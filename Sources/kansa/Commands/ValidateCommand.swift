import ArgumentParser
import KansaStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: CommandLanguage.pick("Check kansa documents: a one-line summary of each, or what is wrong (file:line:column).", "kansa の文書を検査します: 各文書の要約1行、または誤りの場所（ファイル:行:桁）と内容。"))

    @Argument(help: CommandLanguage.help("The documents to check.", "検査する文書。"), completion: .file(extensions: ["json"]))
    var files: [String]

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(CommandLanguage.pick("Name at least one file to check.", "検査するファイルを一つ以上指定してください。")) }
    }

    func run() throws {
        var failed: [String] = []
        for file in files {
            do {
                Console.line("\(file): \(try DocumentFile.read(file).summary(in: CommandLanguage.current))")
            } catch {
                failed.append(error.description(in: CommandLanguage.current))
            }
        }
        guard failed.isEmpty else { throw CommandFailure(verbatim: failed.joined(separator: "\n")) }
    }
}
