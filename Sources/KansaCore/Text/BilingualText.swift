/// A message in English and Japanese side by side, so that neither can be missing; shown in the language asked.
public struct BilingualText: Hashable, Sendable, CustomStringConvertible {
    public var en: String
    public var ja: String

    public init(_ en: String, _ ja: String) {
        self.en = en
        self.ja = ja
    }

    /// The same text in both (a path, a number, what the system said).
    public init(verbatim text: String) {
        self.init(text, text)
    }

    public func text(in language: Language) -> String {
        language == .ja ? ja : en
    }

    public var description: String { en }
}
