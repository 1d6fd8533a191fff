public typealias ItemID = Identifier<AuditItem>

/// One audit item of the catalog, with its cells for every division.
///
/// `cells` runs parallel to the audit's `divisions`: the cell of division `d` is `cells[d]`. The audit keeps the
/// two in step when divisions are added, removed or reordered; files key cells by division id.
public struct AuditItem: Hashable, Sendable {
    public var id: ItemID
    /// The item's number as the seed writes it: `2(1)`.
    public var number: String
    public var title: String
    /// The explanatory text, the part in parentheses in the seed.
    public var explanation: String
    /// The improvement text (改善内容等) of the report's table.
    public var improvement: String
    public var cells: [Cell]

    public init(
        id: ItemID, number: String, title: String, explanation: String = "",
        improvement: String = "", cells: [Cell] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.explanation = explanation
        self.improvement = improvement
        self.cells = cells
    }

    /// The cell of the division at `index` in the audit's column order.
    public func cell(_ index: Int) -> Cell {
        index < cells.count ? cells[index] : Cell()
    }

    /// The item as the seed's 結果一覧 words it: `2 パソコンの取扱い（1）離席時…` or `3 ID・パスワードの取扱い（…）`.
    public var listWording: String {
        let (main, sub) = numberParts
        var text = "\(main) \(title)"
        if let sub {
            text += "（\(sub)）" + explanation
        } else if !explanation.isEmpty {
            text += "（\(explanation)）"
        }
        return text
    }

    /// `2(1)` split into `2` and `1`; `3` into `3` and nil.
    public var numberParts: (main: String, sub: String?) {
        guard number.hasSuffix(")"), let open = number.firstIndex(of: "(") else { return (number, nil) }
        let sub = number[number.index(after: open)..<number.index(before: number.endIndex)]
        return (String(number[..<open]), String(sub))
    }
}
