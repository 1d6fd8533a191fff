import KansaCore

/// An xlsx file cannot become an audit: where (a sheet and cell such as `結果一覧!D12`, a part of the file, or
/// nothing when the whole file is meant) and what.
public struct WorkbookProblem: Error, Equatable, CustomStringConvertible {
    public var place: String?
    public var message: BilingualText

    init(_ place: String? = nil, _ en: String, _ ja: String) {
        self.place = place
        message = BilingualText(en, ja)
    }

    public var description: String { description(in: .en) }

    public func description(in language: Language) -> String {
        (place.map { $0 + ": " } ?? "") + message.text(in: language)
    }
}
