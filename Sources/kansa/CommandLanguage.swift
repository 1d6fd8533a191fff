import ArgumentParser
import FoundationEssentials
import KansaCore
import KansaStore

/// The language of the command line's help texts and messages: `--lang` on the command line, else the
/// settings file's, else `LC_ALL`, `LC_MESSAGES` or `LANG`. Decided once, before the arguments are parsed.
enum CommandLanguage {
    static let current = detect(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func detect(arguments: [String], environment: [String: String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        if let settings = try? Settings.load(Settings.path(environment: environment)),
           let language = settings.language.flatMap(Language.init(rawValue:)) {
            return language
        }
        return Language.fromEnvironment(environment)
    }

    static func pick(_ en: String, _ ja: String) -> String {
        current == .ja ? ja : en
    }

    /// A help text in both languages, shown in the current one.
    static func help(_ en: String, _ ja: String) -> ArgumentHelp {
        ArgumentHelp(pick(en, ja))
    }
}
