import ArgumentParser
import KansaUI

/// How the screens look: the interface language and the width of East Asian ambiguous characters.
struct InterfaceOptions: ParsableArguments {
    enum Width: String, ExpressibleByArgument, CaseIterable {
        case narrow, wide
    }

    @Option(help: "The interface language: ja or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    @Option(help: "How wide the terminal draws ○ △ × and box-drawing lines: narrow (1 column) or wide (2, common on Japanese set-ups). Default: narrow.")
    var ambiguous: Width = .narrow

    var language: Language { lang ?? Language.fromEnvironment() }

    var width: CharacterWidth { CharacterWidth(ambiguousIsWide: ambiguous == .wide) }
}

extension Language: ExpressibleByArgument {}
