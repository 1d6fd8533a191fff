/// A cell that needs attention: an open × finding, or a follow-up of an earlier audit's ×.
public struct Finding: Hashable, Sendable {
    public var section: AuditSection
    public var item: AuditItem
    public var division: Division
    /// The cell as it is now.
    public var cell: Cell
    /// The earlier audit's cell, for follow-ups.
    public var earlier: Cell?
    /// The improvement text (改善内容等) the earlier audit gave the item, for follow-ups.
    public var earlierImprovement = ""
    /// False for a follow-up whose division or item is not part of this audit (今回対象外).
    public var audited = true
}

extension Audit {
    /// Every × cell, in catalog order then column order.
    public var openFindings: [Finding] {
        findings { item, d in item.cell(d).verdict == .needsImprovement }
    }

    /// Every cell whose division's self-assessment disagrees with the verdict (`Cell.selfAssessmentDisagrees`), in
    /// catalog order then column order.
    public var selfAssessmentDisagreements: [Finding] {
        findings { item, d in item.cell(d).selfAssessmentDisagrees }
    }

    /// Every cell that the earlier audit found ×, with what it is now; none is left out. Item by item in catalog
    /// order: the divisions of this audit in column order, then the earlier divisions not heard this time; then the
    /// earlier items no longer in the catalog.
    public var followUps: [Finding] {
        guard let earlier else { return [] }
        var earlierItems: [ItemID: AuditItem] = [:]
        for section in earlier.sections {
            for item in section.items { earlierItems[item.id] = item }
        }
        let columnHere = earlier.divisions.map { divisionIndex($0.id) }
        var result: [Finding] = []
        /// The earlier × of one item: those of divisions heard now, then the others.
        func add(_ section: AuditSection, _ item: AuditItem, before: AuditItem, inCatalog: Bool) {
            let crossed = earlier.divisions.indices.filter { before.cell($0).verdict == .needsImprovement }
            let heardNow = crossed.filter { inCatalog && columnHere[$0] != nil }.sorted { columnHere[$0]! < columnHere[$1]! }
            for e in heardNow + crossed.filter({ !heardNow.contains($0) }) {
                let column = inCatalog ? columnHere[e] : nil
                result.append(Finding(
                    section: section, item: item, division: column.map { divisions[$0] } ?? earlier.divisions[e],
                    cell: column.map { item.cell($0) } ?? Cell(), earlier: before.cell(e),
                    earlierImprovement: before.improvement, audited: column != nil))
            }
        }
        var inCatalog: Set<ItemID> = []
        for section in sections {
            for item in section.items {
                inCatalog.insert(item.id)
                if let before = earlierItems[item.id] { add(section, item, before: before, inCatalog: true) }
            }
        }
        for section in earlier.sections {
            for item in section.items where !inCatalog.contains(item.id) { add(section, item, before: item, inCatalog: false) }
        }
        return result
    }

    /// The cells for which `include` (given the item and the column) is true.
    private func findings(where include: (AuditItem, Int) -> Bool) -> [Finding] {
        var result: [Finding] = []
        for section in sections {
            for item in section.items {
                for (d, division) in divisions.enumerated() where include(item, d) {
                    result.append(Finding(
                        section: section, item: item, division: division, cell: item.cell(d),
                        earlier: earlier?.cell(item: item.id, division: division.id)))
                }
            }
        }
        return result
    }
}
