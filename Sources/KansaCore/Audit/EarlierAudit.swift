/// What an earlier audit recorded, kept beside a new audit started from it: its divisions and its catalog as they
/// were, with every verdict, note, improvement text (改善内容等) and remark (備考). The new audit may hear other
/// divisions or drop items; what the earlier one found stays here, for the follow-ups.
public struct EarlierAudit: Hashable, Sendable {
    public var title: String
    public var auditDate: LocalDate
    /// The earlier audit's divisions, in its column order.
    public var divisions: [Division]
    /// The earlier catalog: each item's cells run parallel to `divisions`.
    public var sections: [AuditSection]

    public init(title: String, auditDate: LocalDate, divisions: [Division], sections: [AuditSection]) {
        self.title = title
        self.auditDate = auditDate
        self.divisions = divisions
        self.sections = sections
        for s in self.sections.indices {
            for i in self.sections[s].items.indices where self.sections[s].items[i].cells.count != divisions.count {
                let cells = self.sections[s].items[i].cells
                self.sections[s].items[i].cells = (0..<divisions.count).map { $0 < cells.count ? cells[$0] : Cell() }
            }
        }
    }

    /// The earlier audit as it stands: its divisions, catalog, cells, improvement texts and remarks.
    public init(_ audit: Audit) {
        self.init(title: audit.title, auditDate: audit.auditDate, divisions: audit.divisions, sections: audit.sections)
    }

    /// The earlier cell of an item and a division; nil when the earlier audit recorded nothing there.
    public func cell(item: ItemID, division: DivisionID) -> Cell? {
        guard let d = divisions.firstIndex(where: { $0.id == division }), let found = self.item(item) else { return nil }
        let cell = found.item.cell(d)
        return cell.isEmpty ? nil : cell
    }

    /// An earlier item with its section.
    public func item(_ id: ItemID) -> (section: AuditSection, item: AuditItem)? {
        for section in sections {
            if let item = section.items.first(where: { $0.id == id }) { return (section, item) }
        }
        return nil
    }
}
