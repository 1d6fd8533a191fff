extension Audit {
    /// The open conflicts of one place of the matrix: the cell's verdict, note and mark; the item's texts, or its
    /// removal on the other side; the division's names, hearing record, or removal; the section's heading, or its
    /// removal, and its remark for the division.
    public func conflicts(item: ItemID, division: DivisionID) -> [MergeConflict] {
        guard !conflicts.isEmpty, let section = position(of: item).map({ sections[$0.section].id }) else { return [] }
        return conflicts.filter { conflict in
            if let at = conflict.item, position(of: at) != nil {
                return at == item && (conflict.division == nil || conflict.division == division)
            }
            if conflict.item == nil, let at = conflict.division, divisionIndex(at) != nil {
                return at == division && (conflict.section == nil || conflict.section == section)
            }
            if conflict.item == nil, conflict.division == nil, let at = conflict.section, sections.contains(where: { $0.id == at }) {
                return at == section
            }
            return false
        }
    }

    /// The open conflicts of no place of the matrix: the description's, and those of an item, division or section
    /// that is no longer there.
    public var wholeAuditConflicts: [MergeConflict] {
        conflicts.filter { conflict in
            if let item = conflict.item { return position(of: item) == nil }
            if let division = conflict.division { return divisionIndex(division) == nil }
            if let section = conflict.section { return !sections.contains { $0.id == section } }
            return true
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

    /// The edit that puts their side of a conflict in place; nil when kansa cannot make it here (their copy of an
    /// entry ours removed, a hearing record one side has not, the earlier audit).
    public func edit(takingTheirs conflict: MergeConflict) -> AuditEdit? {
        let theirs = conflict.theirs ?? ""
        let lines = theirs.isEmpty ? [] : theirs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch (conflict.field, conflict.item, conflict.division, conflict.section) {
        case ("verdict", let item?, let division?, _): return .verdict(item: item, division: division, Verdict(rawValue: theirs))
        case ("note", let item?, let division?, _): return .note(item: item, division: division, theirs)
        case ("toConfirm", let item?, let division?, _): return .flag(item: item, division: division, theirs == "true")
        case ("improvement", let item?, _, _): return .improvement(item: item, theirs)
        case ("remarks", _, let division?, let section?): return .remark(section: section, division: division, theirs)
        case ("number", let id?, nil, nil), ("title", let id?, nil, nil), ("explanation", let id?, nil, nil):
            guard let p = position(of: id) else { return nil }
            var item = sections[p.section].items[p.item]
            switch conflict.field {
            case "number": item.number = theirs
            case "title": item.title = theirs
            default: item.explanation = theirs
            }
            return .setup(.editItem(id, number: item.number, title: item.title, explanation: item.explanation))
        case ("name", nil, let id?, nil), ("shortName", nil, let id?, nil):
            guard let division = division(id) else { return nil }
            let name = conflict.field == "name" ? theirs : division.name
            return .setup(.renameDivision(id, name: name, shortName: conflict.field == "shortName" ? theirs : division.shortName))
        case ("numeral", nil, nil, let id?), ("title", nil, nil, let id?), ("remarksLabel", nil, nil, let id?):
            guard let section = sections.first(where: { $0.id == id }) else { return nil }
            return .setup(.editSection(
                id, numeral: conflict.field == "numeral" ? theirs : section.numeral, title: conflict.field == "title" ? theirs : section.title,
                remarksLabel: conflict.field == "remarksLabel" ? theirs : section.remarksLabel))
        case (let field, nil, let id?, nil) where field.hasPrefix("hearings."):
            guard var hearing = hearings[id] else { return nil }
            switch field {
            case "hearings.date":
                guard let date = LocalDate(iso: theirs) else { return nil }
                hearing.date = date
            case "hearings.time": hearing.time = theirs
            case "hearings.place": hearing.place = theirs
            case "hearings.attendees": hearing.attendees = lines
            case "hearings.interviewers": hearing.interviewers = lines
            default: return nil
            }
            return .hearing(division: id, hearing)
        case ("items", let id?, _, _) where conflict.theirs == nil && position(of: id) != nil: return .setup(.removeItem(id))
        case ("divisions", nil, let id?, _) where conflict.theirs == nil && divisionIndex(id) != nil: return .setup(.removeDivision(id))
        case ("sections", nil, nil, let id?) where conflict.theirs == nil && sections.contains(where: { $0.id == id }):
            return .setup(.removeSection(id))
        case ("title", nil, nil, nil): return .setup(.field(.title(theirs)))
        case ("auditDate", nil, nil, nil): return LocalDate(iso: theirs).map { .setup(.field(.auditDate($0))) }
        case ("purpose", nil, nil, nil): return .setup(.field(.purpose(theirs)))
        case ("targetSystems", nil, nil, nil): return .setup(.field(.targetSystems(lines)))
        case ("organisation.lead", nil, nil, nil): return .setup(.field(.lead(theirs)))
        case ("organisation.department", nil, nil, nil): return .setup(.field(.department(theirs)))
        case ("criteria", nil, nil, nil): return .setup(.field(.criteria(lines)))
        case ("generalComment", nil, nil, nil): return .generalComment(theirs)
        default: return nil
        }
    }
}
