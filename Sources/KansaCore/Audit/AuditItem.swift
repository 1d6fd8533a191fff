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

    /// The item as the report's body tables, findings and screens word it: `2(1) パソコンの取扱い（離席時…）`.
    public var wording: String {
        number.isEmpty ? label : "\(number) \(label)"
    }

    /// Title and explanation without the number: `パソコンの取扱い（離席時…）`, or `公務用USBメモリの取扱い：適正な保管（施錠管理）`
    /// when the explanation has brackets of its own, so that brackets never double.
    public var label: String {
        Self.joining(title, explanation)
    }

    /// The item as the seed's 結果一覧 (the attached sheet) words it: `2 パソコンの取扱い（1）離席時…` or
    /// `3 ID・パスワードの取扱い（…）`; the number is `2(1)` everywhere else.
    public var listWording: String {
        let (main, sub) = numberParts
        let text = sub.map { "\(title)（\($0)）\(explanation)" } ?? label
        return main.isEmpty ? text : "\(main) \(text)"
    }

    /// `title（explanation）`, `title：explanation` when the explanation holds a parenthesis, or the title alone.
    static func joining(_ title: String, _ explanation: String) -> String {
        if explanation.isEmpty { return title }
        return holdsParenthesis(explanation) ? "\(title)：\(explanation)" : "\(title)（\(explanation)）"
    }

    /// Whether the text holds a bracket an explanation is put in — `(` `)`, or `（` `）` (EF BC 88, EF BC 89) — read
    /// from its UTF-8 (every report row asks: comparing characters costs far more).
    public static func holdsParenthesis<Text: StringProtocol>(_ text: Text) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for (i, byte) in bytes.enumerated() {
                if byte == 0x28 || byte == 0x29 { return true }
                if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x88 || bytes[i + 2] == 0x89 { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `2(1)` split into `2` and `1`; `3` into `3` and nil.
    public var numberParts: (main: String, sub: String?) {
        guard number.hasSuffix(")"), let open = number.firstIndex(of: "(") else { return (number, nil) }
        let sub = number[number.index(after: open)..<number.index(before: number.endIndex)]
        return (String(number[..<open]), String(sub))
    }
}
