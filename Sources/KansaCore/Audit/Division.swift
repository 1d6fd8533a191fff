public typealias DivisionID = Identifier<Division>

/// An audited division: 企画課, shown as 企画 in column headers.
public struct Division: Hashable, Sendable {
    public var id: DivisionID
    public var name: String
    public var shortName: String

    public init(id: DivisionID, name: String, shortName: String) {
        self.id = id
        self.name = name
        self.shortName = shortName
    }

    /// A short name for a column header made from a full name: デジタル都市推進課 → デジタル都市推進.
    public static func shortName(for name: String) -> String {
        for suffix in ["課", "室", "局", "部", "所"] where name.count > suffix.count && name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
