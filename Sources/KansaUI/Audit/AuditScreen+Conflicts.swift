import KansaCore

extension AuditScreen {
    /// The open merge conflicts the detail pane shows and `<` `>` resolve: those of the cursor's cell, item, division
    /// and section; where there are none, those of the audit as a whole (its description, and what one side removed).
    var conflictsHere: (conflicts: [MergeConflict], wholeAudit: Bool) {
        guard let item = current?.item, let division = currentDivision else { return ([], false) }
        let here = audit.conflicts(item: item.id, division: division.id)
        return here.isEmpty ? (audit.wholeAuditConflicts, true) : (here, false)
    }

    /// Resolves the conflicts shown, keeping ours (already in place) or putting theirs in, as one undo step. One whose
    /// side kansa cannot put in place here (their copy of something ours removed) stays open, and the message says so.
    mutating func resolveConflicts(takingTheirs: Bool, strings: Strings) -> [AppEffect] {
        let here = conflictsHere.conflicts
        guard !here.isEmpty else {
            message = Message(strings.noConflictHere)
            return []
        }
        // Each edit is made on the audit as the ones before it left it: two texts of one item both taken.
        var scratch = audit
        var edits: [AuditEdit] = []
        var resolved: [MergeConflict] = []
        for conflict in here {
            if takingTheirs {
                guard let edit = scratch.edit(takingTheirs: conflict) else { continue }
                scratch.apply(edit)
                edits.append(edit)
            }
            resolved.append(conflict)
        }
        guard !resolved.isEmpty else {
            message = Message(strings.cannotTakeTheirs(here.count), isError: true)
            return []
        }
        let effects = perform(.batch(edits + [.conflicts(audit.conflicts.filter { !resolved.contains($0) })]), strings: strings)
        message = Message(takingTheirs ? strings.tookTheirs(resolved.count, left: here.count - resolved.count) : strings.keptOurs(resolved.count))
        return effects
    }

    /// Moves to the next cell with an open conflict of its own, its item's, its division's or its section's, in
    /// reading order (items down, divisions across), and round; with only conflicts of the whole audit open, says
    /// how to resolve them (from any cell without one of its own).
    mutating func nextConflict(strings: Strings) {
        guard !audit.conflicts.isEmpty else {
            message = Message(strings.noConflicts)
            return
        }
        var cells: Set<String> = []
        var conflictedItems: Set<ItemID> = []
        var conflictedDivisions: Set<String> = []
        var conflictedSections: Set<SectionID> = []
        for conflict in audit.conflicts {
            switch (conflict.item, conflict.division, conflict.section) {
            case (let item?, let division?, _): cells.insert(item.rawValue + "\u{0}" + division.rawValue)
            case (let item?, nil, _): conflictedItems.insert(item)
            case (nil, let division?, let section): conflictedDivisions.insert(division.rawValue + "\u{0}" + (section?.rawValue ?? ""))
            case (nil, nil, let section?): conflictedSections.insert(section)
            case (nil, nil, nil): break
            }
        }
        let columns = audit.divisions.count
        let count = items.count * columns
        if count > 0 {
            let start = cursorItem * columns + cursorDivision
            for step in 1...count {
                let place = (start + step) % count
                let p = items[place / columns]
                let item = audit.sections[p.section].items[p.item].id
                let section = audit.sections[p.section].id
                let division = audit.divisions[place % columns].id
                if cells.contains(item.rawValue + "\u{0}" + division.rawValue) || conflictedItems.contains(item)
                    || conflictedDivisions.contains(division.rawValue + "\u{0}") || conflictedDivisions.contains(division.rawValue + "\u{0}" + section.rawValue)
                    || conflictedSections.contains(section) {
                    cursorItem = place / columns
                    cursorDivision = place % columns
                    return
                }
            }
        }
        message = Message(audit.wholeAuditConflicts.isEmpty ? strings.noConflicts : strings.wholeAuditConflictKeys)
    }
}
