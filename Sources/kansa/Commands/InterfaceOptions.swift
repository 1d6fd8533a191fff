import ArgumentParser
import FoundationEssentials
import KansaCore
import KansaStore
import KansaUI

/// How the screens look: the interface language, the width of East Asian ambiguous characters and the theme.
struct InterfaceOptions: ParsableArguments {
    enum Width: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide, auto
    }

    @OptionGroup var languageOption: LanguageOption

    @Option(help: CommandLanguage.help(
        "How wide the terminal draws ○ △ × and box-drawing lines: narrow (1 column), wide (2, common on Japanese set-ups), or auto (ask the terminal; narrow when it does not answer). Default: the settings file's, else narrow.",
        "端末が ○ △ × と罫線を描く幅: narrow（1桁）、wide（2桁、日本語環境に多い）、auto（端末に問い合わせ、応答がなければ narrow）。既定: 設定ファイル、なければ narrow。"))
    var ambiguous: Width?

    @Option(help: CommandLanguage.help(
        "The colour theme: default, light, high-contrast, mono, ascii, or one of yours in $XDG_CONFIG_HOME/kansa/themes (~/.config/kansa/themes). Default: the settings file's, else mono when NO_COLOR is set, else default.",
        "配色テーマ: default・light・high-contrast・mono・ascii、または $XDG_CONFIG_HOME/kansa/themes（~/.config/kansa/themes）の自作テーマ。既定: 設定ファイル、NO_COLOR があれば mono、なければ default。"))
    var theme: String?

    /// The settings file, read once; a file that cannot be read stops the command with its place and reason.
    func settings() throws -> Settings {
        try Settings.load(Settings.path(environment: ProcessInfo.processInfo.environment))
    }

    func language(_ settings: Settings) -> Language {
        languageOption.lang ?? settings.language.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment()
    }

    /// The theme in force, and why it is not the one asked for when it could not be used.
    func theme(_ settings: Settings, environment: [String: String] = ProcessInfo.processInfo.environment) -> (theme: Theme, problem: String?) {
        let name = theme ?? settings.theme ?? (environment["NO_COLOR"].map { _ in "mono" } ?? "default")
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.config"
        return Theme.named(name, userFolder: config + "/kansa/themes", language: language(settings))
    }

    /// The widths in force; `auto` asks the terminal before the screen starts.
    func width(_ settings: Settings) -> CharacterWidth {
        switch ambiguous ?? settings.ambiguous.flatMap(Width.init(rawValue:)) ?? .narrow {
        case .narrow: CharacterWidth(ambiguousIsWide: false)
        case .wide: CharacterWidth(ambiguousIsWide: true)
        case .auto: CharacterWidth(ambiguousIsWide: AmbiguousWidthProbe.drawsWide() ?? false)
        }
    }
}
