extension Audit {
    /// The open conflicts of one place of the matrix: the cell's verdict, note and 要確認 mark, the item's improvement
    /// text and the section's remark for the division.
    public func conflicts(item: ItemID, division: DivisionID) -> [MergeConflict] {
        guard !conflicts.isEmpty, let section = position(of: item).map({ sections[$0.section].id }) else { return [] }
        return conflicts.filter { conflict in
            switch conflict.field {
            case "verdict", "note", "toConfirm": conflict.item == item && conflict.division == division
            case "improvement": conflict.item == item
            case "remarks": conflict.section == section && conflict.division == division
            default: false
            }
        }
    }

    /// The divisions of each item whose cell (verdict, note or mark) has an open conflict.
    public var conflictedCells: [ItemID: Set<DivisionID>] {
        var cells: [ItemID: Set<DivisionID>] = [:]
        for conflict in conflicts where ["verdict", "note", "toConfirm"].contains(conflict.field) {
            if let item = conflict.item, let division = conflict.division { cells[item, default: []].insert(division) }
        }
        return cells
    }

    /// The edit that puts their value of a conflict of the matrix in place; nil for a conflict of anything else.
    public func edit(takingTheirs conflict: MergeConflict) -> AuditEdit? {
        switch (conflict.field, conflict.item, conflict.division, conflict.section) {
        case ("verdict", let item?, let division?, _): .verdict(item: item, division: division, conflict.theirs.flatMap(Verdict.init(rawValue:)))
        case ("note", let item?, let division?, _): .note(item: item, division: division, conflict.theirs ?? "")
        case ("toConfirm", let item?, let division?, _): .flag(item: item, division: division, conflict.theirs == "true")
        case ("improvement", let item?, _, _): .improvement(item: item, conflict.theirs ?? "")
        case ("remarks", _, let division?, let section?): .remark(section: section, division: division, conflict.theirs ?? "")
        default: nil
        }
    }
}
