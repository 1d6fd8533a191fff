extension Audit {
    /// A new audit started from this one: same divisions and catalog, verdicts, notes, improvement texts
    /// and the general comment cleared; this audit's cells kept beside it for comparison and follow-ups.
    public func successor(title: String, auditDate: LocalDate) -> Audit {
        var next = self
        next.title = title
        next.auditDate = auditDate
        next.generalComment = ""
        var earlierCells: [ItemID: [DivisionID: Cell]] = [:]
        for s in next.sections.indices {
            for i in next.sections[s].items.indices {
                let item = next.sections[s].items[i]
                var kept: [DivisionID: Cell] = [:]
                for (division, cell) in zip(divisions, item.cells) where !cell.isEmpty {
                    kept[division.id] = cell
                }
                if !kept.isEmpty { earlierCells[item.id] = kept }
                next.sections[s].items[i].cells = Array(repeating: Cell(), count: divisions.count)
                next.sections[s].items[i].improvement = ""
            }
        }
        next.earlier = EarlierAudit(title: self.title, auditDate: self.auditDate, cells: earlierCells)
        return next
    }
}
