import KansaCore

extension AuditScreen {
    /// The open merge conflicts of the cursor's cell: its verdict, note and mark, its item's improvement text and its
    /// section's remark for its division.
    var conflictsHere: [MergeConflict] {
        guard let item = current?.item, let division = currentDivision else { return [] }
        return audit.conflicts(item: item.id, division: division.id)
    }

    /// Resolves every conflict of the cursor's cell, keeping ours (already in place) or putting theirs in, as one undo
    /// step.
    mutating func resolveConflicts(takingTheirs: Bool, strings: Strings) -> [AppEffect] {
        let here = conflictsHere
        guard !here.isEmpty else {
            message = Message(strings.noConflictHere)
            return []
        }
        let theirs = takingTheirs ? here.compactMap { audit.edit(takingTheirs: $0) } : []
        let effects = perform(.batch(theirs + [.conflicts(audit.conflicts.filter { !here.contains($0) })]), strings: strings)
        message = Message(takingTheirs ? strings.tookTheirs(here.count) : strings.keptOurs(here.count))
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
