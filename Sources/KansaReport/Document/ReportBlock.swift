/// A block of a report, as the committee papers are made of them.
public enum ReportBlock: Hashable, Sendable {
    /// The title of a part, centred: 令和5年度（上半期）情報セキュリティ内部監査実施報告書.
    case title(String)
    /// A heading: level 1 `1 監査概要`, level 2 `(1) 監査目的`, level 3 a label within it.
    case heading(String, level: Int)
    /// A paragraph, wrapped to the width.
    case paragraph(String)
    /// Names joined by `、` or `, ` (監査対象課): wrapped after a separator, never inside a name.
    case names(String)
    /// A note on the table before it (the legend of the verdicts), printed on the same page.
    case note(String)
    /// Items with their markers (`・`, `ア.`, `①`, `(1)`), each wrapped under its own text.
    case list([ReportListItem])
    case table(ReportTable)
}

/// One entry of a list: its marker, its text, and how deep it is indented (0 for the top).
public struct ReportListItem: Hashable, Sendable {
    public var marker: String
    public var text: String
    public var level: Int

    public init(_ marker: String, _ text: String, level: Int = 0) {
        self.marker = marker
        self.text = text
        self.level = level
    }
}
