/// What an earlier audit recorded, kept beside a new audit started from it.
public struct EarlierAudit: Hashable, Sendable {
    public var title: String
    public var auditDate: LocalDate
    /// The earlier cells, by item and division.
    public var cells: [ItemID: [DivisionID: Cell]]

    public init(title: String, auditDate: LocalDate, cells: [ItemID: [DivisionID: Cell]]) {
        self.title = title
        self.auditDate = auditDate
        self.cells = cells
    }

    public func cell(item: ItemID, division: DivisionID) -> Cell? {
        cells[item]?[division]
    }
}
