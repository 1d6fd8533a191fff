import FoundationEssentials
import KansaCore
import KansaStore
import KansaUI

/// How the screens look: the interface language, the width of East Asian ambiguous characters and the theme, as
/// chosen on the command line (nil: the settings file's, else the default).
struct InterfaceChoices {
    enum Width: String, CaseIterable {
        case narrow, wide, auto
    }

    var language: Language?
    var ambiguous: Width?
    var theme: String?

    /// The settings file, read once; a file that cannot be read stops the command with its place and reason.
    func settings() throws -> Settings {
        try Settings.load(Settings.path(environment: ProcessInfo.processInfo.environment))
    }

    func language(_ settings: Settings) -> Language {
        language ?? settings.language.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment()
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
