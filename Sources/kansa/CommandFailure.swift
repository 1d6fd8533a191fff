/// A command that cannot do what was asked, with the one line that says why, in the command line's language.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ en: String, _ ja: String) {
        description = CommandLanguage.pick(en, ja)
    }

    /// A message already in the command line's language.
    init(verbatim description: String) {
        self.description = description
    }
}
