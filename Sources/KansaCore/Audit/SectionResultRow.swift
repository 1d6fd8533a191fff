/// One row of the report's per-section table: 監査項目 | 適正に実施している課等 | 改善が必要な課等 | 改善内容等.
public struct SectionResultRow: Hashable, Sendable {
    public var item: AuditItem
    /// Divisions with ○ or △, in column order.
    public var implemented: [Division]
    /// Divisions with ×, in column order.
    public var needingImprovement: [Division]
    /// Divisions not heard yet, in column order.
    public var notHeard: [Division]
    public var improvement: String { item.improvement }
}

extension Audit {
    /// The derived table of one section: ○ and △ implemented, × needing improvement, － left out.
    public func resultRows(of section: AuditSection) -> [SectionResultRow] {
        section.items.map { item in
            var row = SectionResultRow(item: item, implemented: [], needingImprovement: [], notHeard: [])
            for (division, cell) in zip(divisions, item.cells) {
                switch cell.verdict {
                case .compliant, .improved: row.implemented.append(division)
                case .needsImprovement: row.needingImprovement.append(division)
                case .notApplicable: break
                case nil: row.notHeard.append(division)
                }
            }
            return row
        }
    }
}
