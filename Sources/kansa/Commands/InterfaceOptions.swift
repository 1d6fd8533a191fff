import ArgumentParser

/// How the screens look, as options: `--lang`, `--ambiguous`, `--theme`.
struct InterfaceOptions: ParsableArguments {
    @OptionGroup var languageOption: LanguageOption

    @Option(help: CommandLanguage.help(
        "How wide the terminal draws ○ △ × and box-drawing lines: narrow (1 column), wide (2, common on Japanese set-ups), or auto (ask the terminal; narrow when it does not answer). Default: the settings file's, else narrow.",
        "端末が ○ △ × と罫線を描く幅: narrow（1桁）、wide（2桁、日本語環境に多い）、auto（端末に問い合わせ、応答がなければ narrow）。既定: 設定ファイル、なければ narrow。"))
    var ambiguous: InterfaceChoices.Width?

    @Option(help: CommandLanguage.help(
        "The colour theme: default, light, high-contrast, mono, ascii, or one of yours in $XDG_CONFIG_HOME/kansa/themes (~/.config/kansa/themes). Default: the settings file's, else mono when NO_COLOR is set, else default.",
        "配色テーマ: default・light・high-contrast・mono・ascii、または $XDG_CONFIG_HOME/kansa/themes（~/.config/kansa/themes）の自作テーマ。既定: 設定ファイル、NO_COLOR があれば mono、なければ default。"))
    var theme: String?

    /// What the options chose.
    var choices: InterfaceChoices {
        InterfaceChoices(language: languageOption.lang, ambiguous: ambiguous, theme: theme)
    }
}

extension InterfaceChoices.Width: ExpressibleByArgument {}
