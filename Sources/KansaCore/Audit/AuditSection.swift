public typealias SectionID = Identifier<AuditSection>

/// A group of audit items: I 人的セキュリティ.
public struct AuditSection: Hashable, Sendable {
    public var id: SectionID
    /// The section's numeral: I, II, III, IV.
    public var numeral: String
    public var title: String
    public var items: [AuditItem]
    /// The label of the remarks row (備考（特定個人情報の取扱い）).
    public var remarksLabel: String
    /// The section's remark per division (the seed's 備考 row: 生活保護, 予防接種 …).
    public var remarks: [DivisionID: String]

    public init(
        id: SectionID, numeral: String, title: String, items: [AuditItem],
        remarksLabel: String = "備考", remarks: [DivisionID: String] = [:]
    ) {
        self.id = id
        self.numeral = numeral
        self.title = title
        self.items = items
        self.remarksLabel = remarksLabel
        self.remarks = remarks
    }

    /// `I 人的セキュリティ`
    public var heading: String { numeral.isEmpty ? title : "\(numeral) \(title)" }
}
