/// A cell that needs attention: an open × finding, or a follow-up of an earlier audit's ×.
public struct Finding: Hashable, Sendable {
    public var section: AuditSection
    public var item: AuditItem
    public var division: Division
    /// The cell as it is now.
    public var cell: Cell
    /// The earlier audit's cell, for follow-ups.
    public var earlier: Cell?
}

extension Audit {
    /// Every × cell, in catalog order then column order.
    public var openFindings: [Finding] {
        findings { item, d in item.cell(d).verdict == .needsImprovement }
    }

    /// Every cell that the earlier audit found ×, with what it is now.
    public var followUps: [Finding] {
        guard let earlier else { return [] }
        return findings { item, d in
            earlier.cell(item: item.id, division: divisions[d].id)?.verdict == .needsImprovement
        }
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
