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

    /// The line's UTF-8: a table's rows are written as bytes (made into a `String`, each would be checked as
    /// UTF-8 again), and most lines of a long report are never read as text.
    public var utf8: [UInt8]
    public var kind: Kind

    public init(_ text: String, _ kind: Kind) {
        utf8 = Array(text.utf8)
        self.kind = kind
    }

    /// A line of bytes that are UTF-8 already (pieces of strings and rules).
    init(utf8: [UInt8], _ kind: Kind) {
        self.utf8 = utf8
        self.kind = kind
    }

    public var text: String {
        String(decoding: utf8, as: UTF8.self)
    }
}
