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

    /// Moves to the next cell with an open conflict, in reading order (items down, divisions across), and round.
    mutating func nextConflict(strings: Strings) {
        let conflicted = audit.conflictedCells
        guard !conflicted.isEmpty else {
            message = Message(strings.noConflicts)
            return
        }
        let columns = audit.divisions.count
        let start = cursorItem * columns + cursorDivision
        for step in 1...(items.count * columns) {
            let place = (start + step) % (items.count * columns)
            let p = items[place / columns]
            if conflicted[audit.sections[p.section].items[p.item].id]?.contains(audit.divisions[place % columns].id) == true {
                cursorItem = place / columns
                cursorDivision = place % columns
                return
            }
        }
        message = Message(strings.noConflicts)
    }
}
