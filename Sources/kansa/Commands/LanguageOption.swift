import ArgumentParser
import KansaCore

/// `--lang`, taken by the root command and every subcommand, before or after the subcommand's name. The texts of
/// help and messages are chosen before the arguments are parsed (`CommandLanguage` reads the same option from the
/// raw arguments); the parsed value is what the screens and the export use.
struct LanguageOption: ParsableArguments {
    @Option(help: CommandLanguage.help(
        "The language of help, messages and screens: ja or en (default: the settings file's, else from LC_ALL, LC_MESSAGES or LANG).",
        "ヘルプ・メッセージ・画面の言語: ja または en（既定: 設定ファイル、なければ LC_ALL・LC_MESSAGES・LANG から）。"))
    var lang: Language?
}

extension Language: ExpressibleByArgument {}
