/// An internal security audit: the catalog of items, the audited divisions and every verdict.
public struct Audit: Hashable, Sendable {
    public var title: String
    /// The Western year the fiscal year starts in (令和5年度 is 2023).
    public var fiscalYear: Int
    /// 上半期, 下半期 or empty.
    public var period: String
    public var auditDate: LocalDate
    public var purpose: String
    public var targetSystems: [String]
    public var organisation: AuditOrganisation
    /// The rules and guidelines the audit is based on (監査の基準となる根拠).
    public var criteria: [String]
    /// 総評, paragraphs separated by blank lines.
    public var generalComment: String
    public var divisions: [Division]
    public var sections: [AuditSection]
    /// The audit this one was started from, if any.
    public var earlier: EarlierAudit?
    /// The record of each division's hearing; a division without one was heard on the audit date, or not yet.
    public var hearings: [DivisionID: Hearing]
    /// What a merge of two copies found changed differently on each side, until someone takes one side.
    public var conflicts: [MergeConflict]

    public init(
        title: String, fiscalYear: Int, period: String, auditDate: LocalDate, purpose: String = "",
        targetSystems: [String] = [], organisation: AuditOrganisation = AuditOrganisation(lead: "", department: ""),
        criteria: [String] = [], generalComment: String = "", divisions: [Division], sections: [AuditSection],
        earlier: EarlierAudit? = nil, hearings: [DivisionID: Hearing] = [:], conflicts: [MergeConflict] = []
    ) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.period = period
        self.auditDate = auditDate
        self.purpose = purpose
        self.targetSystems = targetSystems
        self.organisation = organisation
        self.criteria = criteria
        self.generalComment = generalComment
        self.divisions = divisions
        self.sections = sections
        self.earlier = earlier
        self.hearings = hearings
        self.conflicts = conflicts
        for s in self.sections.indices {
            for i in self.sections[s].items.indices where self.sections[s].items[i].cells.count != divisions.count {
                let cells = self.sections[s].items[i].cells
                self.sections[s].items[i].cells = (0..<divisions.count).map { $0 < cells.count ? cells[$0] : Cell() }
            }
        }
    }

    public var itemCount: Int {
        sections.reduce(0) { $0 + $1.items.count }
    }

    public func division(_ id: DivisionID) -> Division? {
        divisions.first { $0.id == id }
    }

    /// The column of a division.
    public func divisionIndex(_ id: DivisionID) -> Int? {
        divisions.firstIndex { $0.id == id }
    }

    /// Every item in catalog order, with its section.
    public var allItems: [(section: AuditSection, item: AuditItem)] {
        sections.flatMap { section in section.items.map { (section, $0) } }
    }

    /// The position of an item: section index and item index.
    public func position(of item: ItemID) -> (section: Int, item: Int)? {
        for (s, section) in sections.enumerated() {
            if let i = section.items.firstIndex(where: { $0.id == item }) {
                return (s, i)
            }
        }
        return nil
    }

    public func cell(item: ItemID, division: DivisionID) -> Cell {
        guard let p = position(of: item), let d = divisionIndex(division) else { return Cell() }
        return sections[p.section].items[p.item].cell(d)
    }
}
