/// One line of a report laid out for a fixed-width screen or a text file, with what it is, for the preview's
/// colours.
public struct ReportLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case title
        case heading
        case text
        case tableRule
        case tableHeader
        case tableRow
        case partBreak
        case blank
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
